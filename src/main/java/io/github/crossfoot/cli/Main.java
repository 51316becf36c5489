package io.github.crossfoot.cli;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.readers.ReportReadException;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.writers.JsonWriter;
import io.github.crossfoot.writers.TextWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code crossfoot check [--format text|json] [--rules FILE]... PATH...}.
 * Exit status 0 when no report has an error, 1 when any has, 2 for usage errors, unreadable paths
 * and broken rule files.
 */
@Command(name = "crossfoot", mixinStandardHelpOptions = true, version = "crossfoot 0.1.0",
        description = "检查政府信息公开工作年度报告表格的勾稽关系。%nChecks the tables of government "
                + "information-disclosure annual reports for arithmetic consistency.",
        subcommands = {Main.Check.class})
public final class Main implements Callable<Integer> {

    /** Exit status when every report passed. */
    public static final int OK = 0;
    /** Exit status when at least one report has an error-severity violation. */
    public static final int FAILED = 1;
    /** Exit status for usage errors, unreadable paths and broken rule files. */
    public static final int USAGE = 2;

    /** File name endings read when a directory is given. */
    static final List<String> REPORT_EXTENSIONS =
            List.of(".txt", ".text", ".md", ".markdown", ".csv", ".html", ".htm", ".docx", ".pdf");

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        // POI and PDFBox log through Log4j's API; without a provider it complains on stderr.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("用法错误 usage error: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Output formats of {@code check}. */
    enum OutputFormat { text, json }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "检查报告文件或目录（递归）。%nChecks report files, or directories recursively.")
    static final class Check implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
                description = "输出格式 output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Option(names = "--rules", paramLabel = "FILE",
                description = "额外的规则文件，可重复 additional rule file, repeatable")
        List<Path> ruleFiles = new ArrayList<>();

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或目录 report files or directories")
        List<Path> paths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            RuleSet rules;
            try {
                RuleSet.Builder b = RuleSet.builder().standard();
                for (Path f : ruleFiles) {
                    b.add(f);
                }
                rules = b.build();
            } catch (RuleFileException e) {
                err.println("规则文件有错误 rule file error:");
                err.println(e.getMessage());
                return USAGE;
            } catch (IOException e) {
                err.println("无法读取规则文件 cannot read rule file: " + e.getMessage());
                return USAGE;
            }
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    err.println("路径不存在 no such file or directory: " + p);
                    return USAGE;
                }
                try {
                    files.addAll(expand(p));
                } catch (IOException e) {
                    err.println("无法读取目录 cannot read directory: " + p + ": " + e.getMessage());
                    return USAGE;
                }
            }
            ReportReader reader = new ReportReader(rules);
            List<CheckResult> results = new ArrayList<>();
            for (Path f : files) {
                try {
                    results.add(rules.check(reader.read(f)));
                } catch (ReportReadException e) {
                    err.println("无法读取文件 cannot read file: " + e.getMessage());
                    return USAGE;
                }
            }
            Writer w = out;
            if (format == OutputFormat.json) {
                new JsonWriter().write(results, w);
                out.println();
            } else {
                new TextWriter().write(results, w);
            }
            out.flush();
            return results.stream().anyMatch(CheckResult::hasErrors) ? FAILED : OK;
        }

        private static List<Path> expand(Path p) throws IOException {
            if (!Files.isDirectory(p)) {
                return List.of(p);
            }
            try (Stream<Path> s = Files.walk(p)) {
                return s.filter(Files::isRegularFile)
                        .filter(f -> {
                            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                            return REPORT_EXTENSIONS.stream().anyMatch(name::endsWith);
                        })
                        .sorted()
                        .toList();
            }
        }
    }
}
