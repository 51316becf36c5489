package io.github.crossfoot.cli;

import static io.github.crossfoot.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that writes each report as it is checked: path order, any number of jobs, findings across reports last. */
class CheckRunTest {

    private static List<String> sources(String json) throws IOException {
        List<String> sources = new ArrayList<>();
        new ObjectMapper().readTree(json).path("reports").forEach(n -> sources.add(n.path("source").asText()));
        return sources;
    }

    @Test
    void theWalkHandsOutFilesInTheOrderOfTheirSortedPaths(@TempDir Path dir) throws IOException {
        // Names whose order differs between "sort each directory by name" and "sort full paths".
        String text = Files.readString(Path.of("examples/example-2023-consistent.txt"));
        List<Path> files = new ArrayList<>();
        for (String name : List.of("b/x.txt", "b-c/y.txt", "b.txt", "b/a/z.txt", "b/a.txt", "a b/q.txt", "ab.txt",
                "a/b/c/deep.txt", "B/upper.txt", "数据/报告.txt", "b/a-/w.txt")) {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            files.add(f);
        }
        // Skipped: build output, hidden folders, other extensions.
        for (String name : List.of("target/t.txt", ".git/g.txt", "b/.hidden/h.txt", "notes.md")) {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        }
        MainTest.Run r = run("check", "--format", "json", "--jobs", "3", dir.toString());
        assertThat(r.code()).isZero();
        List<String> expected;
        try (Stream<Path> sorted = files.stream().sorted()) {
            expected = sorted.map(Path::toString).toList();
        }
        assertThat(sources(r.out())).containsExactlyElementsOf(expected);
    }

    @Test
    void everyNumberOfJobsWritesTheSameOutput(@TempDir Path dir) throws IOException {
        // The examples three times over in subdirectories: enough reports to keep several threads busy.
        for (String copy : List.of("one", "two", "three")) {
            Path d = Files.createDirectories(dir.resolve(copy));
            try (Stream<Path> examples = Files.list(Path.of("examples"))) {
                for (Path f : examples.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, d.resolve(f.getFileName()));
                }
            }
        }
        for (String format : List.of("json", "text", "junit", "sarif")) {
            MainTest.Run one = run("check", "--format", format, "--jobs", "1", dir.toString());
            MainTest.Run four = run("check", "--format", format, "--jobs", "4", dir.toString());
            assertThat(four.out()).as(format).isEqualTo(one.out());
            assertThat(four.code()).isEqualTo(one.code()).isEqualTo(1);
        }
    }

    @Test
    void findingsAcrossReportsComeAfterTheReportsAndCountInTheSummary() throws IOException {
        MainTest.Run r = run("check", "--format", "json", "examples");
        assertThat(r.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("reports", "dataset", "summary");
        JsonNode dataset = root.path("dataset");
        assertThat(dataset).hasSize(1);
        assertThat(dataset.get(0).path("source").asText()).isEqualTo("examples/example-2023-with-errors.txt");
        List<String> rules = new ArrayList<>();
        dataset.get(0).path("violations").forEach(v -> rules.add(v.path("rule").asText()));
        assertThat(rules).containsExactly("dataset.carry-over", "dataset.carry-over", "dataset.carry-over",
                "dataset.in-force", "dataset.in-force");
        JsonNode carry = dataset.get(0).path("violations").get(0);
        assertThat(carry.path("line").asInt()).isEqualTo(30);
        assertThat(carry.path("cells").get(1).path("line").asInt()).isEqualTo(53);
        // The report's own violations are its per-report findings only; the summary counts both.
        root.path("reports").forEach(rep -> rep.path("violations")
                .forEach(v -> assertThat(v.path("rule").asText()).doesNotStartWith("dataset.")));
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(7);
        assertThat(root.path("summary").path("byRule").path("dataset.carry-over").asInt()).isEqualTo(3);
        assertThat(root.path("summary").path("failed").asInt()).isEqualTo(2);
    }

    @Test
    void aDatasetErrorFailsAReportThatPassedOnItsOwn(@TempDir Path dir) throws IOException {
        // A consistent 2023 report, given the body of the 2022 example: its carried-over figures
        // do not chain with last year's carried-forward ones.
        Files.copy(Path.of("examples/example-2022-previous-year.txt"), dir.resolve("2022.txt"));
        String thisYear = Files.readString(Path.of("examples/example-2023-consistent.txt")).replace("示例县示例局", "示例市示例局");
        Files.writeString(dir.resolve("2023.txt"), thisYear, StandardCharsets.UTF_8);
        MainTest.Run r = run("check", "--format", "json", dir.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("reports").get(1).path("passed").asBoolean()).isTrue();
        assertThat(root.path("dataset").get(0).path("source").asText()).endsWith("2023.txt");
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(3);
        assertThat(root.path("summary").path("passed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aRunThatFindsNothingWritesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "nothing to check");
        MainTest.Run r = run("check", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("没有找到可检查的报告 no report to check");
        assertThat(run("check", "--jobs", "0", "examples").code()).isEqualTo(2);
    }
}
