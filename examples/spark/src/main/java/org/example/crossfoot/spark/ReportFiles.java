package org.example.crossfoot.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Which files of the input paths are reports, and the name each report goes by: the choices of
 * the command line ({@code crossfoot check PATH...}), so that both give the same findings.
 *
 * <ul>
 *   <li>In a directory, files whose names end with a report extension, in any case; folders named
 *       {@code target} and hidden folders below the input path are skipped.</li>
 *   <li>A report is named as the command line names it: the input path as given, then the path
 *       below it ({@code examples/} gives {@code examples/x.txt}); the name appears in messages and
 *       in the {@code source} column. A file matched by a glob in the input path keeps its full URI.</li>
 * </ul>
 *
 * <p>Spark's file listing also skips files and folders whose names start with {@code _} or
 * {@code .}, which the command line would read.
 */
final class ReportFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The command line's report extensions (its {@code Main.REPORT_EXTENSIONS}). */
    static final List<String> EXTENSIONS =
            List.of(".txt", ".text", ".csv", ".html", ".htm", ".docx", ".doc", ".xlsx", ".xls", ".pdf");

    /** An input path: as the user wrote it, and as Spark's listing spells the files below it. */
    private record Root(String given, String qualified) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<Root> roots;

    private ReportFiles(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The report files of these input paths (local paths or URIs such as {@code hdfs://} and {@code s3a://}). */
    static ReportFiles of(List<String> paths, Configuration hadoop) {
        List<Root> roots = new ArrayList<>();
        for (String p : paths) {
            Path path = new Path(p);
            try {
                String qualified = path.getFileSystem(hadoop).makeQualified(path).toString();
                roots.add(new Root(trimSlashes(p), trimSlashes(qualified)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot open " + p + ": " + e.getMessage(), e);
            }
        }
        return new ReportFiles(roots);
    }

    /**
     * The file-name filter for Spark's {@code pathGlobFilter} option: the report extensions in any
     * case ({@code *.{[tT][xX][tT],...}}), so that Spark does not read the other files.
     */
    static String glob() {
        return EXTENSIONS.stream()
                .map(e -> e.substring(1).chars()
                        .mapToObj(c -> "[" + Character.toLowerCase((char) c) + Character.toUpperCase((char) c) + "]")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining(",", "*.{", "}"));
    }

    /** The report's name for a file Spark listed (its qualified URI), or null when the file is skipped. */
    String source(String listed) {
        for (Root root : roots) {
            String below = below(root.qualified(), listed);
            if (below != null) {
                return skipped(below) ? null : below.isEmpty() ? root.given() : join(root.given(), below);
            }
        }
        return listed;
    }

    /** The path of {@code file} below {@code root} ("" for the root itself), or null when it is not below. */
    private static String below(String root, String file) {
        if (file.equals(root)) {
            return "";
        }
        return file.startsWith(root + "/") ? file.substring(root.length() + 1) : null;
    }

    private static String join(String given, String below) {
        return given.isEmpty() ? "/" + below : given + "/" + below;
    }

    /** Whether a folder of the path below an input path is a build folder or hidden. */
    private static boolean skipped(String below) {
        String[] parts = below.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            String name = parts[i];
            if (name.equals("target") || name.startsWith(".") && name.length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static String trimSlashes(String s) {
        String t = s;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.equals("/") ? "" : t;
    }
}
