package io.github.crossfoot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link Crossfoot} instance used from 16 threads, 500 checks over 56 mixed documents (text, CSV, HTML, Word,
 * .doc, spreadsheets, PDF) gives, every time, the result it gives on one thread (issue 10).
 */
class ConcurrencyTest {

    private static String fingerprint(CheckResult r) {
        StringBuilder b = new StringBuilder(r.report().source()).append('|');
        r.report().tables().values().forEach(t -> t.cells().forEach(c -> b.append(c.key()).append('=')
                .append(c.value()).append('@').append(c.line()).append(';')));
        for (Violation v : r.violations()) {
            b.append('\n').append(v.severity()).append(' ').append(v.rule()).append(' ').append(v.line()).append(' ')
                    .append(v.messageEn());
        }
        return b.toString();
    }

    @Test
    void sixteenThreadsGiveTheSingleThreadedResults() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
            s.filter(p -> !p.toString().endsWith(".expected") && !p.toString().endsWith(".md5")
                    && !p.getFileName().toString().equals("README.md")).sorted().limit(40).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/producer-corpus"))) {
            s.filter(p -> p.getFileName().toString().startsWith("libreoffice")).sorted().limit(16).forEach(files::add);
        }
        Crossfoot crossfoot = Crossfoot.standardRules();
        Map<Path, String> expected = new ConcurrentHashMap<>();
        for (Path f : files) {
            expected.put(f, fingerprint(crossfoot.check(f)));
        }
        int tasks = 500;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < tasks; k++) {
                Path f = files.get((k * 7) % files.size());
                results.add(pool.submit(() -> fingerprint(crossfoot.check(f)).equals(expected.get(f))));
            }
            int same = 0;
            for (Future<Boolean> r : results) {
                same += r.get(5, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(same).as("results equal to the single-threaded ones, of %d", tasks).isEqualTo(tasks);
        } finally {
            pool.shutdownNow();
        }
        assertThat(files).hasSizeGreaterThan(50);
    }
}
