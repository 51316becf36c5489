package io.github.crossfoot.cli;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReadException;
import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.writers.HtmlWriter;
import io.github.crossfoot.writers.JsonWriter;
import io.github.crossfoot.writers.JunitXmlWriter;
import io.github.crossfoot.writers.Language;
import io.github.crossfoot.writers.ResultWriter;
import io.github.crossfoot.writers.SarifWriter;
import io.github.crossfoot.writers.Summary;
import io.github.crossfoot.writers.TextWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code crossfoot check [--format F] [--output F=FILE]... [--fail-on L] [--lang TAG]
 * [--rules FILE]... PATH...}.
 * Exit status 0 when no report has an error, 1 when any has, 2 for usage errors, unreadable paths
 * and broken rule files.
 */
@Command(name = "crossfoot", mixinStandardHelpOptions = true, version = "crossfoot 0.1.0",
        description = "检查政府信息公开工作年度报告表格的勾稽关系。%nChecks the tables of government "
                + "information-disclosure annual reports for arithmetic consistency.",
        subcommands = {Main.Check.class, io.github.crossfoot.cli.serve.ServeCommand.class})
public final class Main implements Callable<Integer> {

    /** The top command; picocli makes it. */
    public Main() {
    }

    /** Exit status when every report passed. */
    public static final int OK = 0;
    /** Exit status when at least one report has an error-severity violation. */
    public static final int FAILED = 1;
    /** Exit status for usage errors, unreadable paths and broken rule files. */
    public static final int USAGE = 2;

    /** File name endings read when a directory is given. */
    static final List<String> REPORT_EXTENSIONS = List.of(".txt", ".text", ".csv", ".html", ".htm", ".docx", ".doc", ".xlsx", ".xls", ".pdf");

    /** A progress line is shown on a terminal from this many files on. */
    static final int PROGRESS_MIN_FILES = 50;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        // POI and PDFBox log through Log4j's API; without a provider it complains on stderr.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        if (args.length > 0 && args[0].equals("check")) {
            // The standard rules are compiled while the command line is parsed: on two cores that
            // takes a fifth of a second off a one-report run. (Rule files of one's own add to them.)
            Thread rules = new Thread(RuleSet::standard, "crossfoot-rules");
            rules.setDaemon(true);
            rules.start();
        }
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
    /** Output formats of {@code check} (and of {@code serve}'s answers). */
    public enum OutputFormat {
        text, json, html, junit, sarif;

        /** The writer of this format, in {@code language}, for results checked with {@code rules}. */
        public ResultWriter writer(Language language, RuleSet rules) {
            return switch (this) {
                case text -> new TextWriter(language);
                case json -> new JsonWriter(language);
                case html -> new HtmlWriter(language, rules);
                case junit -> new JunitXmlWriter(language, rules);
                case sarif -> new SarifWriter(language, rules);
            };
        }
    }

    /** When the exit status is 1. */
    enum FailOn { error, warning, never }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "检查报告文件或目录（递归）。%nChecks report files, or directories recursively.")
    static final class Check implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "标准输出的格式 format on standard output: ${COMPLETION-CANDIDATES} "
                        + "(default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Option(names = "--output", paramLabel = "FORMAT=FILE",
                description = "另写一份输出到文件，可重复 also write FORMAT to FILE; repeatable, "
                        + "e.g. --output json=result.json --output junit=junit.xml; html=FILE of more than "
                        + HtmlWriter.ONE_PAGE_REPORTS + " reports puts one page per report in NAME-reports/ beside FILE")
        List<String> outputs = new ArrayList<>();

        @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
                description = "何时以 1 退出 exit 1 when a report has: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        FailOn failOn;

        @Option(names = "--lang", defaultValue = "zh", paramLabel = "TAG",
                description = "消息语言 message language: zh (Chinese, English beneath), en, or any language with a "
                        + "message catalogue on the class path (default: ${DEFAULT-VALUE})")
        String lang;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "每个文件读取的时间上限（秒），超时的文件记为错误 time limit per file, in seconds; "
                        + "a file that takes longer gets a read.failed error and its reading is stopped (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        @Option(names = "--max-file-mb", defaultValue = "50", paramLabel = "MB",
                description = "文件大小上限 largest file read, in MB; a larger one gets read.limit (default: ${DEFAULT-VALUE})")
        int maxFileMegabytes;

        @Option(names = "--max-pdf-pages", defaultValue = "200", paramLabel = "N",
                description = "PDF 页数上限 most pages of a PDF (default: ${DEFAULT-VALUE})")
        int maxPdfPages;

        @Option(names = "--max-cells-per-table", defaultValue = "20000", paramLabel = "N",
                description = "每个表格的单元格上限 most cells of one document table (default: ${DEFAULT-VALUE})")
        int maxCellsPerTable;

        @Option(names = "--max-columns-per-row", defaultValue = "200", paramLabel = "N",
                description = "每个表格行的单元格上限 most cells of one table row (default: ${DEFAULT-VALUE})")
        int maxColumnsPerRow;

        @Option(names = "--max-cell-chars", defaultValue = "10000", paramLabel = "N",
                description = "每个单元格的字符上限 most characters in one cell (default: ${DEFAULT-VALUE})")
        int maxCellChars;

        @Option(names = "--jobs", paramLabel = "N",
                description = "同时读取和检查的文件数 files read and checked at once (default: the number of processors)")
        Integer jobs;

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
            Language language;
            try {
                language = Language.of(lang);
            } catch (IllegalArgumentException e) {
                err.println("用法错误 usage error: --lang " + lang + ": " + e.getMessage());
                return USAGE;
            }
            Map<OutputFormat, Path> outputFiles = new LinkedHashMap<>();
            for (String o : outputs) {
                int eq = o.indexOf('=');
                OutputFormat f = eq > 0 ? parseFormat(o.substring(0, eq)) : null;
                if (f == null || eq == o.length() - 1) {
                    err.println("用法错误 usage error: --output takes FORMAT=FILE with FORMAT one of "
                            + java.util.Arrays.toString(OutputFormat.values()) + ", not '" + o + "'");
                    return USAGE;
                }
                outputFiles.put(f, Path.of(o.substring(eq + 1)));
            }
            Crossfoot crossfoot;
            try {
                crossfoot = Crossfoot.withRuleFiles(ruleFiles.toArray(Path[]::new));
            } catch (RuleFileException e) {
                err.println("规则文件有错误 rule file error:");
                err.println(e.getMessage());
                return USAGE;
            } catch (IOException e) {
                err.println("无法读取规则文件 cannot read rule file: " + e.getMessage());
                return USAGE;
            }
            for (Path p : paths) {
                if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    err.println("路径不存在 no such file or directory: " + p);
                    return USAGE;
                }
            }
            int threads;
            try {
                threads = jobs == null ? Runtime.getRuntime().availableProcessors() : positive("--jobs", jobs);
                crossfoot = crossfoot.withLimits(Limits.defaults()
                        .withTimeLimit(java.time.Duration.ofSeconds(positive("--timeout", timeoutSeconds)))
                        .withMaxFileBytes(positive("--max-file-mb", maxFileMegabytes) * 1024L * 1024L)
                        .withMaxPdfPages(positive("--max-pdf-pages", maxPdfPages))
                        .withMaxCellsPerTable(positive("--max-cells-per-table", maxCellsPerTable))
                        .withMaxColumnsPerRow(positive("--max-columns-per-row", maxColumnsPerRow))
                        .withMaxCellChars(positive("--max-cell-chars", maxCellChars)));
            } catch (IllegalArgumentException e) {
                err.println("用法错误 usage error: " + e.getMessage());
                return USAGE;
            }
            Crossfoot checker = crossfoot;
            List<Writer> files = new ArrayList<>();
            Summary summary;
            try {
                CheckRun run = new CheckRun(checker, threads, err);
                // The outputs are opened when the first report is ready, so a run that finds
                // nothing writes nothing.
                CheckRun.Outputs outputs = () -> {
                    List<ResultWriter.Run> runs = new ArrayList<>();
                    runs.add(format.writer(language, checker.rules()).start(out));
                    for (Map.Entry<OutputFormat, Path> f : outputFiles.entrySet()) {
                        Writer w = Files.newBufferedWriter(f.getValue(), StandardCharsets.UTF_8);
                        files.add(w);
                        // A page per report beyond a few hundred: one page of a whole dataset is too big to open.
                        runs.add(f.getKey() == OutputFormat.html
                                ? new HtmlWriter(language, checker.rules()).start(w, f.getValue(), HtmlWriter.ONE_PAGE_REPORTS)
                                : f.getKey().writer(language, checker.rules()).start(w));
                    }
                    return runs;
                };
                summary = run.run(ReportWalk.start(paths, REPORT_EXTENSIONS), outputs, System.console() != null);
            } catch (IOException e) {
                err.println("无法写出结果 cannot write output: " + e.getMessage());
                return USAGE;
            } catch (CheckRun.OutOfMemory | OutOfMemoryError e) {
                err.println("内存不足，检查已中止，输出不完整 out of memory: the run was stopped and its output is "
                        + "incomplete; give Java more heap (java -Xmx…) or use fewer --jobs");
                return USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("已中断 interrupted");
                return USAGE;
            } finally {
                for (Writer w : files) {
                    try {
                        w.close();
                    } catch (IOException e) {
                        err.println("无法写出结果 cannot write output: " + e.getMessage());
                    }
                }
            }
            if (summary == null) {
                err.println("没有找到可检查的报告 no report to check in: " + paths + " (files ending in "
                        + String.join(" ", REPORT_EXTENSIONS) + ")");
                return USAGE;
            }
            if (format == OutputFormat.html && summary.reports() > HtmlWriter.ONE_PAGE_REPORTS) {
                err.println("提示：这么多报告的网页很大，用 --output html=FILE 可得到合计页加每份报告一页 hint: a page of "
                        + summary.reports() + " reports is large; --output html=FILE writes a summary page and one page "
                        + "per report");
            }
            if (format != OutputFormat.text) {
                // Machine formats go to stdout; people and CI logs still get the summary.
                summary.lines(language).forEach(err::println);
            }
            return failing(summary) ? FAILED : OK;
        }

        private boolean failing(Summary summary) {
            return switch (failOn) {
                case never -> false;
                case error -> summary.errors() > 0;
                case warning -> summary.errors() + summary.warnings() > 0;
            };
        }

        private static int positive(String option, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(option + " must be a positive number, not " + value);
            }
            return value;
        }

        private static OutputFormat parseFormat(String name) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
