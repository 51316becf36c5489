package org.example.crossfoot.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library's command line, {@code crossfoot check --format json PATH...}, run in its own JVM
 * from this project's test class path (the library and its readers), in the working directory of
 * the tests, so that report names are those Spark gets for the same paths.
 */
final class CommandLine {

    /**
     * What the command line printed: its findings in its order, its JSON summary, its standard
     * error (the summary for people), its exit status and wall time.
     */
    record Output(List<Finding> findings, Map<String, Object> summary, List<String> log, int status, double seconds,
                  double cpuSeconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CommandLine() {
    }

    /**
     * Runs {@code check --format json} on {@code paths}, its JSON going to {@code json}.
     *
     * @param heap the JVM's {@code -Xmx}, e.g. {@code "1g"}
     */
    static Output check(List<String> paths, Path json, String heap) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", classPath, "io.github.crossfoot.cli.Main", "check", "--format", "json"));
        command.addAll(paths);
        Path log = json.resolveSibling(json.getFileName() + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(json.toFile()).redirectError(log.toFile()).start();
        // Its CPU time, sampled while it runs (the last sample is at most a quarter second before it ends).
        java.time.Duration cpu = java.time.Duration.ZERO;
        while (!p.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = p.info().totalCpuDuration().orElse(cpu);
        }
        int status = p.exitValue();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0 && status != 1) {
            throw new IllegalStateException("crossfoot check exited with " + status + ": " + Files.readString(log));
        }
        return read(json.toFile(), Files.readAllLines(log), status, seconds, cpu.toMillis() / 1e3);
    }

    /** Streams the JSON: a report at a time, so that a large run's output is never held whole. */
    private static Output read(File json, List<String> log, int status, double seconds, double cpuSeconds)
            throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> summary = new TreeMap<>();
        Map<String, Integer> next = new java.util.HashMap<>();
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("reports") || field.equals("dataset")) {
                    // "dataset": the findings across reports, written after all reports; they follow
                    // their report's own findings.
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode report = JSON.readTree(p);
                        String source = report.get("source").asText();
                        int index = next.getOrDefault(source, 0);
                        for (JsonNode v : report.get("violations")) {
                            findings.add(Finding.of(source, index++, v));
                        }
                        next.put(source, index);
                    }
                } else if (field.equals("summary")) {
                    JsonNode s = JSON.readTree(p);
                    s.fields().forEachRemaining(e -> summary.put(e.getKey(), e.getKey().equals("byRule")
                            ? JSON.convertValue(e.getValue(), TreeMap.class) : e.getValue().asInt()));
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Output(findings, summary, log, status, seconds, cpuSeconds);
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("unexpected JSON: " + actual + " where " + expected + " was expected");
        }
    }
}
