package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of sections, statements and mostly blank tables come out of every writer like the
 * others: with their id, severity, file and line and both messages. Fixtures: seed 001 with section
 * 五 removed (an error) and with no fee statement (a warning and an info), and a report whose table
 * 二 is blank but for one cell.
 */
class SectionFindingsOutputTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static List<CheckResult> results;

    @BeforeAll
    static void check() throws IOException {
        ReportReader reader = new ReportReader(RULES);
        results = new ArrayList<>();
        results.add(RULES.check(reader.read(FIXTURES.resolve("seed001-section-removed.txt"))));
        results.add(RULES.check(reader.read(FIXTURES.resolve("seed001-no-fee-statement.txt"))));
        String seed = java.nio.file.Files.readString(FIXTURES.resolve("seed001-no-fee-statement.txt"));
        // Table 二 of seed 001 with nine of its ten cells written as "/".
        String blank = seed.replace("规章\t0\t0\t0", "规章\t/\t/\t/").replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t/\t/\t/")
                .replace("行政处罚\t0", "行政处罚\t/").replace("行政强制\t0", "行政强制\t/").replace("行政事业性收费\t0", "行政事业性收费\t/");
        results.add(RULES.check(reader.read("blank-table2.txt", blank)));
        assertThat(results.get(0).violations("structure.section-missing")).hasSize(1);
        assertThat(results.get(1).violations("statement.missing")).hasSize(1);
        assertThat(results.get(2).violations("table.mostly-blank")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).startsWith("表「二、主动公开政府信息情况」的 10 个单元格中有 9 个空白（90%）"));
        assertThat(results.get(2).violations("table.blank-cells")).isEmpty();
    }

    private static String write(ResultWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(results, out);
        return out.toString();
    }

    @Test
    void text() throws IOException {
        String text = write(new TextWriter(Language.ZH));
        assertThat(text).contains("[错误 error] structure.section-missing  " + FIXTURES.resolve("seed001-section-removed.txt")
                + ":98\n    缺少「五、存在的主要问题及改进情况」：未找到该部分的标题，按格式它应在第98行「六、其他需要报告的事项」之前。\n"
                + "    Section '五、存在的主要问题及改进情况' (problems) is missing");
        assertThat(text).contains("[警告 warning] statement.missing  " + FIXTURES.resolve("seed001-no-fee-statement.txt") + ":98");
        assertThat(text).contains("[提示 info] structure.section-empty  " + FIXTURES.resolve("seed001-no-fee-statement.txt") + ":98");
        assertThat(text).contains("[警告 warning] table.mostly-blank  blank-table2.txt:");
    }

    @Test
    void json() throws IOException {
        JsonNode reports = new ObjectMapper().readTree(write(new JsonWriter())).get("reports");
        JsonNode missing = find(reports.get(0), "structure.section-missing");
        assertThat(missing.get("severity").asText()).isEqualTo("error");
        assertThat(missing.get("kind").asText()).isEqualTo("structure");
        assertThat(missing.get("line").asInt()).isEqualTo(98);
        assertThat(missing.get("message").get("zh").asText()).startsWith("缺少「五、存在的主要问题及改进情况」");
        assertThat(reports.get(0).get("passed").asBoolean()).isFalse();
        assertThat(find(reports.get(1), "statement.missing").get("severity").asText()).isEqualTo("warning");
        assertThat(find(reports.get(2), "table.mostly-blank").get("cells")).hasSize(9);
        JsonNode summary = new ObjectMapper().readTree(write(new JsonWriter())).get("summary").get("byRule");
        assertThat(summary.get("structure.section-missing").asInt()).isEqualTo(1);
        assertThat(summary.get("statement.missing").asInt()).isEqualTo(2);
    }

    private static JsonNode find(JsonNode report, String rule) {
        for (JsonNode v : report.get("violations")) {
            if (v.get("rule").asText().equals(rule)) {
                return v;
            }
        }
        throw new AssertionError("no " + rule + " in " + report.get("source"));
    }

    @Test
    void html() throws IOException {
        Document doc = Jsoup.parse(write(new HtmlWriter(Language.ZH, RULES)));
        Element row = doc.selectFirst("tr.cf-violation[data-rule=structure.section-missing]");
        assertThat(row).isNotNull();
        assertThat(row.attr("data-severity")).isEqualTo("error");
        assertThat(row.attr("data-line")).isEqualTo("98");
        assertThat(row.selectFirst(".cf-msg-zh").text()).startsWith("缺少「五、存在的主要问题及改进情况」");
        assertThat(doc.select("tr.cf-violation[data-rule=statement.missing]")).hasSize(2);
        Element blank = doc.selectFirst("tr.cf-violation[data-rule=table.mostly-blank]");
        assertThat(blank).isNotNull();
        assertThat(blank.attr("data-cells").split(" ")).hasSize(9);
    }

    @Test
    void junit() throws IOException {
        Document xml = Jsoup.parse(write(new JunitXmlWriter(Language.ZH, RULES)), "", org.jsoup.parser.Parser.xmlParser());
        Element failure = xml.selectFirst("testcase > failure[type=structure.section-missing]");
        assertThat(failure).isNotNull();
        assertThat(failure.attr("message")).startsWith(FIXTURES.resolve("seed001-section-removed.txt") + ":98 缺少「五、");
        // Warnings and infos are test cases that pass, their message in system-out.
        assertThat(xml.select("testcase[name^=statement.missing]")).hasSize(2)
                .allSatisfy(c -> assertThat(c.selectFirst("system-out").text()).contains("信息处理费"));
        assertThat(xml.select("testcase[name^=table.mostly-blank]")).hasSize(1);
    }

    @Test
    void sarif() throws IOException {
        JsonNode run = new ObjectMapper().readTree(write(new SarifWriter(Language.ZH, RULES))).get("runs").get(0);
        List<String> described = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(r -> described.add(r.get("id").asText()));
        assertThat(described).contains("structure.section-missing", "structure.section-order", "structure.section-empty",
                "statement.missing", "table.mostly-blank");
        JsonNode missing = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("structure.section-missing")) {
                missing = r;
            }
        }
        assertThat(missing).isNotNull();
        assertThat(missing.get("level").asText()).isEqualTo("error");
        assertThat(missing.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(98);
        assertThat(described.get(missing.get("ruleIndex").asInt())).isEqualTo("structure.section-missing");
    }
}
