package io.github.crossfoot.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crossfoot.writers.HtmlWriterBrowserTest;
import io.github.crossfoot.writers.HtmlWriterBrowserTest.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page of {@code crossfoot serve} in a real headless Chromium (the HTML report test's driver): a
 * clerk reaches every control with the Tab key, chooses a real seed report and the example with a
 * planted error, presses Enter on 检查, sees progress, then the report with the planted cell drawn
 * as suspect with {@code 12 → 21}, and downloads of JSON, JUnit XML and SARIF for that check. The page
 * loads nothing but itself and the API, and fits a phone's width. Screenshots: {@code target/serve-page.png},
 * {@code target/serve-page-cell.png} (the planted cell), {@code target/serve-page-phone.png}.
 */
class ServePageBrowserTest {

    private static final Path TARGET = Path.of("target");

    /** Parameters of a DevTools call. */
    private static ObjectNode params() {
        return ServeTesting.JSON.createObjectNode();
    }

    private static void key(Browser browser, String key, int code) throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            ObjectNode p = params().put("type", type).put("key", key).put("code", key).put("windowsVirtualKeyCode", code)
                    .put("nativeVirtualKeyCode", code);
            if (type.equals("keyDown") && key.equals("Enter")) {
                p.put("text", "\r");
            }
            browser.call("Input.dispatchKeyEvent", p);
        }
    }

    private static JsonNode waitFor(Browser browser, String expression, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            JsonNode value = browser.evaluate(expression);
            if (value.asBoolean()) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + expression + "; page says: "
                        + browser.evaluate("document.getElementById('cf-status').textContent + ' | ' + "
                        + "document.getElementById('cf-error').textContent").asText());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aClerkChoosesTwoReportsAndSeesTheSuspectCellWithItsExpectedValue() throws Exception {
        Path chromium = HtmlWriterBrowserTest.chromium();
        Files.createDirectories(TARGET);
        Path seed = Path.of("examples/000_683628c7d948b694.txt").toAbsolutePath();
        Path planted = Path.of("examples/example-2023-with-errors.txt").toAbsolutePath();
        try (ServeTesting serve = ServeTesting.start();
             Browser browser = Browser.launch(chromium, TARGET.resolve("chromium-serve.log"))) {
            String origin = serve.uri("").toString();
            browser.open(origin);

            // every control is reached with the Tab key, in reading order
            List<String> focused = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                key(browser, "Tab", 9);
                focused.add(browser.evaluate("document.activeElement.id").asText());
            }
            assertThat(focused).containsExactly("cf-files", "cf-text", "cf-lang", "cf-clear", "cf-submit");

            // choose the files, as the file dialog (or a drop) would
            int root = browser.call("DOM.getDocument", params().put("depth", 0)).at("/root/nodeId").asInt();
            int input = browser.call("DOM.querySelector", params().put("nodeId", root).put("selector", "#cf-files"))
                    .get("nodeId").asInt();
            ObjectNode files = params().put("nodeId", input);
            files.putArray("files").add(seed.toString()).add(planted.toString());
            browser.call("DOM.setFileInputFiles", files);
            waitFor(browser, "document.querySelectorAll('#cf-chosen li').length === 2", 10);
            browser.evaluate("window.cfStatuses = []; new MutationObserver(() => cfStatuses.push("
                    + "document.getElementById('cf-status').textContent)).observe(document.getElementById('cf-status'),"
                    + " { childList: true, characterData: true, subtree: true }); true");

            // Enter on the focused 检查 button sends them
            browser.evaluate("document.getElementById('cf-submit').focus(); true");
            key(browser, "Enter", 13);
            waitFor(browser, "!document.getElementById('cf-result').hidden", 120);
            waitFor(browser, "(() => { const d = document.getElementById('cf-report').contentDocument;"
                    + " return !!(d && d.querySelector('section.cf-report')); })()", 30);

            assertThat(browser.evaluate("cfStatuses.join(' | ')").asText()).contains("正在").contains("Reading and checking");
            assertThat(browser.evaluate("document.activeElement.id").asText()).isEqualTo("cf-result-title");
            assertThat(browser.evaluate("document.getElementById('cf-summary').textContent").asText())
                    .contains("未通过 FAILED").contains("2 份报告").contains("2 reports");

            // the planted error: the report's table 三 draws the cell as suspect, with the value it should have
            JsonNode cell = ServeTesting.tree(browser.evaluate("""
                    (() => {
                      const d = document.getElementById('cf-report').contentDocument;
                      const sections = Array.from(d.querySelectorAll('section.cf-report'));
                      const sec = sections.find(s => s.textContent.includes('example-2023-with-errors.txt'));
                      const td = sec.querySelector('td.cf-cell[data-table=applications][data-row="handled.disclosed"]'
                          + '[data-column="natural_person"]');
                      const bg = e => d.defaultView.getComputedStyle(e).backgroundColor;
                      const r = td.getBoundingClientRect();
                      return JSON.stringify({ sections: sections.length, text: td.innerText, bg: bg(td),
                        suspect: bg(d.querySelector('.cf-toolbar .cf-swatch.cf-suspect')),
                        failing: bg(d.querySelector('.cf-toolbar .cf-swatch.cf-failing')),
                        visible: r.width > 0 && r.height > 0,
                        frameTall: document.getElementById('cf-report').getBoundingClientRect().height });
                    })()""").asText());
            assertThat(cell.get("sections").asInt()).isEqualTo(2);
            assertThat(cell.get("text").asText().replaceAll("\\s", "")).isEqualTo("12→21");
            assertThat(cell.get("bg").asText()).isEqualTo(cell.get("suspect").asText()).isNotEqualTo(cell.get("failing").asText());
            assertThat(cell.get("visible").asBoolean()).isTrue();
            assertThat(cell.get("frameTall").asDouble()).as("the report is shown at its own height").isGreaterThan(1000);

            // downloads of this check: JSON, JUnit XML, SARIF
            JsonNode downloads = ServeTesting.tree(browser.call("Runtime.evaluate", params().put("returnByValue", true)
                    .put("awaitPromise", true).put("expression", """
                    (async () => {
                      const text = async id => (await fetch(document.getElementById(id).href)).text();
                      return JSON.stringify({ json: JSON.parse(await text('cf-dl-json')), junit: await text('cf-dl-junit'),
                        sarif: JSON.parse(await text('cf-dl-sarif')),
                        names: ['cf-dl-json', 'cf-dl-junit', 'cf-dl-sarif'].map(id => document.getElementById(id).download) });
                    })()""")).at("/result/value").asText());
            assertThat(downloads.at("/json/summary/reports").asInt()).isEqualTo(2);
            assertThat(downloads.at("/json/reports/1/source").asText()).isEqualTo("example-2023-with-errors.txt");
            assertThat(downloads.at("/junit").asText()).contains("<testsuite name=\"example-2023-with-errors.txt\"");
            assertThat(downloads.at("/sarif/version").asText()).isEqualTo("2.1.0");
            assertThat(downloads.get("names").toString()).isEqualTo("[\"crossfoot.json\",\"crossfoot-junit.xml\",\"crossfoot.sarif\"]");

            JsonNode box = ServeTesting.tree(browser.evaluate("JSON.stringify({ x: 0, y: 0, width: document.documentElement.scrollWidth,"
                    + " height: Math.min(1500, document.documentElement.scrollHeight) })").asText());
            browser.screenshot(TARGET.resolve("serve-page.png"), box);
            JsonNode around = ServeTesting.tree(browser.evaluate("""
                    (() => {
                      const frame = document.getElementById('cf-report');
                      const d = frame.contentDocument;
                      const sec = Array.from(d.querySelectorAll('section.cf-report'))
                          .find(s => s.textContent.includes('example-2023-with-errors.txt'));
                      const table = sec.querySelector('table[data-table=applications]').getBoundingClientRect();
                      const f = frame.getBoundingClientRect();
                      return JSON.stringify({ x: 0, y: f.top + window.scrollY + table.top - 60,
                        width: document.documentElement.scrollWidth, height: 620 });
                    })()""").asText());
            browser.screenshot(TARGET.resolve("serve-page-cell.png"), around);

            // a phone: the page is no wider than the screen
            browser.call("Emulation.setDeviceMetricsOverride", params().put("width", 390).put("height", 844)
                    .put("deviceScaleFactor", 1).put("mobile", true));
            waitFor(browser, "document.documentElement.scrollWidth <= 391", 10);
            browser.screenshot(TARGET.resolve("serve-page-phone.png"), null);

            assertThat(browser.exceptions()).as("script errors").isEmpty();
            assertThat(browser.requests()).as("the page loads nothing but itself, the API and its own blobs")
                    .allMatch(u -> u.startsWith(origin) || u.startsWith("blob:") || u.startsWith("about:") || u.startsWith("data:"));
        }
        assertThat(TARGET.resolve("serve-page.png")).isNotEmptyFile();
        assertThat(TARGET.resolve("serve-page-phone.png")).isNotEmptyFile();
    }
}
