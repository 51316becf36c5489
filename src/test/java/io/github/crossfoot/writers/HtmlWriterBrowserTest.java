package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the written page in a real headless Chromium (Debian's {@code chromium}) over the DevTools
 * protocol (Java's HttpClient and WebSocket, no extra dependency), and checks in the rendered page
 * that the cells drawn in the failing and suspect colours are exactly those of the findings, that
 * the header groups sit over their columns, that the severity filters hide and show findings, and
 * that the page loads nothing from the network and throws no script error. Keeps screenshots in
 * {@code target/html-report*.png}.
 *
 * <p>Its {@link Browser} also drives the page of {@code crossfoot serve} ({@code ServePageBrowserTest}).
 *
 * <p>Fails when Chromium is not installed, unless {@code -Dcrossfoot.skipBrowser=true}; the path
 * can be set with {@code -Dcrossfoot.chromium=/path/to/chromium}.
 */
public class HtmlWriterBrowserTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration BROWSER_LIFETIME = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = Path.of("target");

    /** Computed state of every data cell in the rendered page, per report section. */
    private static final String CELL_STATE = """
            (() => {
              const bg = e => getComputedStyle(e).backgroundColor;
              const swatch = c => bg(document.querySelector('.cf-toolbar .cf-swatch.' + c));
              const reports = Array.from(document.querySelectorAll('section.cf-report')).map(sec => ({
                id: sec.id,
                cells: Array.from(sec.querySelectorAll('td.cf-cell')).map(td => {
                  const r = td.getBoundingClientRect();
                  return { key: td.dataset.table + '|' + td.dataset.row + '|' + td.dataset.column,
                           bg: bg(td), outline: getComputedStyle(td).outlineStyle,
                           text: td.innerText.trim(), visible: r.width > 0 && r.height > 0 };
                })
              }));
              return JSON.stringify({ failing: swatch('cf-failing'), suspect: swatch('cf-suspect'),
                                      missing: swatch('cf-missing'), reports: reports });
            })()""";

    @Test
    void renderedPageShowsTheHighlightedCells() throws Exception {
        Path chromium = chromium();
        Files.createDirectories(TARGET);
        // the browser starts while the reports are read and the page is written
        try (Browser browser = Browser.launch(chromium, TARGET.resolve("chromium.log"))) {
            List<CheckResult> results = new ArrayList<>(HtmlWriterTest.seedResults());
            results.addAll(HtmlWriterTest.brokenResults(3, 77L));
            Path page = TARGET.resolve("html-report.html").toAbsolutePath();
            try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                new HtmlWriter(Language.ZH, RuleSet.standard()).write(results, w);
            }
            browser.open(page.toUri().toString());

            JsonNode state = JSON.readTree(browser.evaluate(CELL_STATE).asText());
            String failing = state.get("failing").asText();
            String suspect = state.get("suspect").asText();
            assertThat(failing).isNotEqualTo(suspect).isNotIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
            assertThat(suspect).isNotIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
            JsonNode reports = state.get("reports");
            assertThat(reports).hasSize(results.size());
            for (int i = 0; i < results.size(); i++) {
                CheckResult r = results.get(i);
                Set<String> expectSuspect = HtmlWriterTest.cellsOf(r, Violation.Kind.SUSPECT);
                Set<String> expectFailing = new TreeSet<>(HtmlWriterTest.cellsOf(r, Violation.Kind.FAILED));
                expectFailing.removeAll(expectSuspect);
                Set<String> drawnFailing = new TreeSet<>();
                Set<String> drawnSuspect = new TreeSet<>();
                for (JsonNode cell : reports.get(i).get("cells")) {
                    assertThat(cell.get("visible").asBoolean()).as("cell rendered: " + cell).isTrue();
                    String bg = cell.get("bg").asText();
                    if (bg.equals(failing)) {
                        drawnFailing.add(cell.get("key").asText());
                    } else if (bg.equals(suspect)) {
                        drawnSuspect.add(cell.get("key").asText());
                        assertThat(cell.get("outline").asText()).isNotEqualTo("none");
                    }
                }
                String where = r.report().source() + " (#" + (i + 1) + ")";
                assertThat(drawnFailing).as("cells drawn as failing in " + where).isEqualTo(expectFailing);
                assertThat(drawnSuspect).as("cells drawn as suspect in " + where).isEqualTo(expectSuspect);
            }
            int errorsReport = indexOf(results, "example-2023-with-errors.txt");
            JsonNode planted = find(reports.get(errorsReport).get("cells"),
                    c -> c.get("key").asText().equals("applications|handled.disclosed|natural_person"));
            assertThat(planted.get("text").asText().replaceAll("\\s", "")).isEqualTo("12→21");

            // the two-level headers sit over their columns, the row group over its 22 rows
            String section = "#report-" + (errorsReport + 1);
            JsonNode geometry = JSON.readTree(browser.evaluate("""
                    (() => {
                      const sec = document.querySelector('%s');
                      const th = (table, text) => Array.from(sec.querySelectorAll(
                          'table[data-table=' + table + '] thead th')).find(e => e.textContent.trim() === text)
                          .getBoundingClientRect();
                      const cell = (table, row, col) => sec.querySelector('td.cf-cell[data-table=' + table
                          + '][data-row="' + row + '"][data-column="' + col + '"]').getBoundingClientRect();
                      const group = sec.querySelector('th.cf-group[data-group=handled]').getBoundingClientRect();
                      const r = x => ({ left: Math.round(x.left), right: Math.round(x.right),
                                        top: Math.round(x.top), bottom: Math.round(x.bottom) });
                      return JSON.stringify({
                        legal: r(th('applications', '法人或其他组织')), commercial: r(th('applications', '商业企业')),
                        otherOrg: r(th('applications', '其他')), litigation: r(th('reviews', '行政诉讼')),
                        directUpheld: r(cell('reviews', 'all', 'litigation_direct.upheld')),
                        afterTotal: r(cell('reviews', 'all', 'litigation_after_reconsideration.total')),
                        handled: r(group), disclosed: r(cell('applications', 'handled.disclosed', 'natural_person')),
                        handledTotal: r(cell('applications', 'handled.total', 'natural_person')) });
                    })()""".formatted(section)).asText());
            assertThat(geometry.at("/legal/left").asInt()).isEqualTo(geometry.at("/commercial/left").asInt());
            assertThat(geometry.at("/legal/right").asInt()).isEqualTo(geometry.at("/otherOrg/right").asInt());
            assertThat(geometry.at("/litigation/left").asInt()).isEqualTo(geometry.at("/directUpheld/left").asInt());
            assertThat(geometry.at("/litigation/right").asInt()).isEqualTo(geometry.at("/afterTotal/right").asInt());
            assertThat(geometry.at("/handled/top").asInt()).isEqualTo(geometry.at("/disclosed/top").asInt());
            assertThat(geometry.at("/handled/bottom").asInt()).isEqualTo(geometry.at("/handledTotal/bottom").asInt());

            // screenshots: the top of the page, the report with planted errors, its table 三
            browser.screenshot(TARGET.resolve("html-report.png"), null);
            JsonNode box = JSON.readTree(browser.evaluate("JSON.stringify((() => { const r = document.querySelector('"
                    + section + "').getBoundingClientRect(); return { x: 0, y: r.top + window.scrollY, "
                    + "width: document.documentElement.scrollWidth, height: r.height }; })())").asText());
            browser.screenshot(TARGET.resolve("html-report-errors.png"), box);
            JsonNode tableBox = JSON.readTree(browser.evaluate("JSON.stringify((() => { const r = document.querySelector('"
                    + section + " table[data-table=applications]').getBoundingClientRect(); return { x: r.left - 4, "
                    + "y: r.top + window.scrollY - 4, width: r.width + 8, height: Math.min(r.height, 420) }; })())").asText());
            browser.screenshot(TARGET.resolve("html-report-errors-table.png"), tableBox);

            // the severity filters hide and show findings; "failed reports only" hides passed reports
            String visible = "document.querySelectorAll('%s').length === 0 ? -1 : Array.from(document.querySelectorAll('%s'))"
                    + ".filter(e => e.getClientRects().length > 0).length";
            String errors = visible.formatted("tr.cf-sev-error", "tr.cf-sev-error");
            String infos = visible.formatted("tr.cf-sev-info", "tr.cf-sev-info");
            String passed = visible.formatted("section.cf-passed", "section.cf-passed");
            int errorRows = browser.evaluate(errors).asInt();
            int infoRows = browser.evaluate(infos).asInt();
            assertThat(errorRows).isPositive();
            assertThat(infoRows).isPositive();
            browser.evaluate("document.getElementById('cf-filter-error').click()");
            assertThat(browser.evaluate(errors).asInt()).as("error rows after unticking error").isZero();
            assertThat(browser.evaluate(infos).asInt()).isEqualTo(infoRows);
            browser.evaluate("document.getElementById('cf-filter-error').click()");
            assertThat(browser.evaluate(errors).asInt()).isEqualTo(errorRows);
            assertThat(browser.evaluate(passed).asInt()).isPositive();
            browser.evaluate("document.getElementById('cf-only-failed').click()");
            assertThat(browser.evaluate(passed).asInt()).isZero();

            assertThat(browser.exceptions()).as("script errors").isEmpty();
            assertThat(browser.requests()).as("nothing but the page itself is loaded")
                    .allMatch(u -> u.startsWith("file:") || u.startsWith("data:"));
        }
        assertThat(TARGET.resolve("html-report.png")).isNotEmptyFile();
        assertThat(TARGET.resolve("html-report-errors.png")).isNotEmptyFile();
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> p) {
        for (JsonNode n : array) {
            if (p.test(n)) {
                return n;
            }
        }
        throw new AssertionError("not found in " + array);
    }

    private static int indexOf(List<CheckResult> results, String fileName) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).report().source().endsWith(fileName)) {
                return i;
            }
        }
        throw new AssertionError("no report " + fileName);
    }

    /** The Chromium to run; fails (or skips with {@code crossfoot.skipBrowser=true}) when there is none. */
    public static Path chromium() {
        String configured = System.getProperty("crossfoot.chromium");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            candidates.add(Path.of("/usr/bin/chromium"));
            String path = System.getenv().getOrDefault("PATH", "");
            // The names Debian, Ubuntu and Google's own package give it.
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                for (String dir : path.split(java.io.File.pathSeparator)) {
                    if (!dir.isEmpty()) {
                        candidates.add(Path.of(dir, name));
                    }
                }
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = "Chromium is needed for the HTML report browser test but was not found at "
                + candidates.get(0) + (configured == null ? " or on PATH" : "")
                + ". Install it (Debian: apt-get install -y chromium), set -Dcrossfoot.chromium=PATH,"
                + " or run with -Dcrossfoot.skipBrowser=true to skip this test.";
        if (Boolean.getBoolean("crossfoot.skipBrowser")) {
            Assumptions.abort(message);
        }
        return fail(message);
    }

    /** A headless Chromium driven over the DevTools protocol; closing it kills it and its children. */
    public static final class Browser implements AutoCloseable {
        private final Process process;
        private final Path profile;
        private final Path log;
        private final ScheduledExecutorService watchdog;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private WebSocket socket;

        private Browser(Process process, Path profile, Path log) {
            this.process = process;
            this.profile = profile;
            this.log = log;
            this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chromium-watchdog");
                t.setDaemon(true);
                return t;
            });
            // whatever happens to the test, the browser does not outlive this bound
            watchdog.schedule(this::kill, BROWSER_LIFETIME.toSeconds(), TimeUnit.SECONDS);
        }

        public static Browser launch(Path chromium, Path log) throws IOException {
            Path profile = Files.createTempDirectory("crossfoot-chromium-");
            List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                    "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                    "--window-size=1400,2000", "about:blank");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Browser(p, profile, log); // connected on first use, so that it starts meanwhile
        }

        private void connect() throws Exception {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive()) {
                    throw new IOException("Chromium exited with " + process.exitValue() + ": " + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not open its DevTools port within " + CALL_TIMEOUT);
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            String pageSocket = null;
            while (pageSocket == null) {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : JSON.readTree(list.body())) {
                    if ("page".equals(target.path("type").asText())) {
                        pageSocket = target.get("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Chromium has no page target");
                    }
                    Thread.sleep(50);
                }
            }
            socket = http.newWebSocketBuilder().connectTimeout(CALL_TIMEOUT)
                    .buildAsync(URI.create(pageSocket), new Listener()).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            call("Page.enable", null);
            call("Runtime.enable", null);
            call("Network.enable", null);
            call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1400).put("height", 2000)
                    .put("deviceScaleFactor", 1).put("mobile", false));
        }

        /** Navigates to {@code url} and waits for its load event. */
        public void open(String url) throws Exception {
            if (socket == null) {
                try {
                    connect();
                } catch (Exception e) {
                    throw new IOException("could not drive Chromium: " + e + "; its output is in " + log, e);
                }
            }
            int before = events.size();
            JsonNode nav = call("Page.navigate", JSON.createObjectNode().put("url", url));
            assertThat(nav.has("errorText")).as("navigation error " + nav).isFalse();
            long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
            // A snapshot: a sub-list of the live list fails when the reader thread appends meanwhile.
            while (List.copyOf(events).stream().skip(before)
                    .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("page did not load within " + CALL_TIMEOUT + ": " + url);
                }
                Thread.sleep(20);
            }
        }

        /** The value of a script expression, evaluated in the page. */
        public JsonNode evaluate(String expression) throws Exception {
            JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                    .put("returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Saves a PNG of the viewport, or of {@code clip} ({x, y, width, height} in page pixels). */
        public void screenshot(Path file, JsonNode clip) throws Exception {
            ObjectNode params = JSON.createObjectNode().put("format", "png");
            if (clip != null) {
                ObjectNode c = params.putObject("clip");
                c.put("x", clip.get("x").asDouble()).put("y", clip.get("y").asDouble())
                        .put("width", clip.get("width").asDouble()).put("height", clip.get("height").asDouble())
                        .put("scale", 1);
                params.put("captureBeyondViewport", true);
            }
            JsonNode shot = call("Page.captureScreenshot", params);
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        }

        /** Exceptions thrown by the page's scripts and errors it logged. */
        public List<String> exceptions() {
            return events.stream().filter(e -> "Runtime.exceptionThrown".equals(e.path("method").asText())
                            || ("Runtime.consoleAPICalled".equals(e.path("method").asText())
                            && "error".equals(e.path("params").path("type").asText())))
                    .map(JsonNode::toString).toList();
        }

        /** Every URL the page requested. */
        public List<String> requests() {
            return events.stream().filter(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))
                    .map(e -> e.path("params").path("request").path("url").asText()).toList();
        }

        /** Calls a DevTools method (e.g. {@code DOM.setFileInputFiles}) and returns its result. */
        public JsonNode call(String method, JsonNode params) throws Exception {
            int id = ids.incrementAndGet();
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            if (params != null) {
                message.set("params", params);
            }
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(JSON.writeValueAsString(message), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        }

        private final class Listener implements WebSocket.Listener {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(buffer.toString());
                        if (message.has("id")) {
                            CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                            if (f != null) {
                                f.complete(message);
                            }
                        } else {
                            events.add(message);
                        }
                    } catch (IOException e) {
                        pending.values().forEach(f -> f.completeExceptionally(e));
                    }
                    buffer.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }

        private void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        @Override
        public void close() {
            List<ProcessHandle> children = process.descendants().toList();
            try {
                if (socket != null) {
                    try {
                        socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                                .get(2, TimeUnit.SECONDS);
                    } catch (Exception ignored) {
                        // killed below
                    }
                    socket.abort();
                }
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                kill();
                children.forEach(ProcessHandle::destroyForcibly);
                watchdog.shutdownNow();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp directory left behind is harmless
                }
            }
        }
    }
}
