package io.github.crossfoot.narrative;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A figure that a report's prose can state about its own tables: one cell, or the sum of a few
 * cells (for example 行政诉讼 = 未经复议直接起诉总计 + 复议后起诉总计). The ids are those of the rule
 * files; they are the same in the 2019 and 2021 formats for every quantity listed here.
 */
enum Quantity {
    NEW_TOTAL(Quantity.APPLICATIONS, "本年新收 / 总计", "收到申请", "applications received",
            List.of(cell("new", "total"))),
    NEW_NATURAL(Quantity.APPLICATIONS, "本年新收 / 自然人", "自然人申请", "applications from natural persons",
            List.of(cell("new", "natural_person"))),
    NEW_LEGAL(Quantity.APPLICATIONS, "本年新收 / 法人或其他组织（五列之和）", "法人或其他组织申请",
            "applications from legal persons and other organisations",
            List.of(cell("new", "commercial"), cell("new", "research"), cell("new", "nonprofit"),
                    cell("new", "legal_service"), cell("new", "other_org"))),
    CARRIED_OVER(Quantity.APPLICATIONS, "上年结转 / 总计", "上年结转", "carried over from last year",
            List.of(cell("carried_over", "total"))),
    DISCLOSED_AND_PARTIAL(Quantity.APPLICATIONS, "（一）予以公开 + （二）部分公开 / 总计", "予以公开及部分公开",
            "disclosed in full or in part",
            List.of(cell("handled.disclosed", "total"), cell("handled.partial", "total"))),
    DISCLOSED(Quantity.APPLICATIONS, "（一）予以公开 / 总计", "予以公开", "disclosed",
            List.of(cell("handled.disclosed", "total"))),
    PARTIAL(Quantity.APPLICATIONS, "（二）部分公开 / 总计", "部分公开", "partly disclosed",
            List.of(cell("handled.partial", "total"))),
    WITHHELD(Quantity.APPLICATIONS, "（三）不予公开（8项之和） / 总计", "不予公开", "withheld",
            List.of(cell("handled.withheld.state_secret", "total"), cell("handled.withheld.law_prohibited", "total"),
                    cell("handled.withheld.security_stability", "total"),
                    cell("handled.withheld.third_party", "total"), cell("handled.withheld.internal_affairs", "total"),
                    cell("handled.withheld.process_info", "total"), cell("handled.withheld.enforcement_file", "total"),
                    cell("handled.withheld.inquiry", "total"))),
    UNAVAILABLE(Quantity.APPLICATIONS, "（四）无法提供（3项之和） / 总计", "无法提供", "unavailable",
            List.of(cell("handled.unavailable.not_held", "total"), cell("handled.unavailable.needs_creation", "total"),
                    cell("handled.unavailable.unclear", "total"))),
    NOT_PROCESSED(Quantity.APPLICATIONS, "（五）不予处理（5项之和） / 总计", "不予处理", "not processed",
            List.of(cell("handled.not_processed.petition", "total"), cell("handled.not_processed.duplicate", "total"),
                    cell("handled.not_processed.publication", "total"),
                    cell("handled.not_processed.excessive", "total"),
                    cell("handled.not_processed.confirmation", "total"))),
    HANDLED_TOTAL(Quantity.APPLICATIONS, "（七）总计 / 总计", "办结", "handled in total",
            List.of(cell("handled.total", "total"))),
    CARRIED_FORWARD(Quantity.APPLICATIONS, "结转下年度继续办理 / 总计", "结转下年度", "carried forward",
            List.of(cell("carried_forward", "total"))),
    RECONSIDERATION(Quantity.REVIEWS, "行政复议 / 总计", "行政复议", "administrative reconsiderations",
            List.of(cell("all", "reconsideration.total"))),
    LITIGATION(Quantity.REVIEWS, "行政诉讼（未经复议直接起诉 + 复议后起诉） / 总计", "行政诉讼", "lawsuits",
            List.of(cell("all", "litigation_direct.total"), cell("all", "litigation_after_reconsideration.total"))),
    LITIGATION_DIRECT(Quantity.REVIEWS, "未经复议直接起诉 / 总计", "直接起诉", "lawsuits without reconsideration",
            List.of(cell("all", "litigation_direct.total"))),
    LITIGATION_AFTER(Quantity.REVIEWS, "复议后起诉 / 总计", "复议后起诉", "lawsuits after reconsideration",
            List.of(cell("all", "litigation_after_reconsideration.total"))),
    REVIEWS_ALL(Quantity.REVIEWS, "行政复议 + 行政诉讼 / 总计", "行政复议和行政诉讼",
            "reconsiderations and lawsuits together",
            List.of(cell("all", "reconsideration.total"), cell("all", "litigation_direct.total"),
                    cell("all", "litigation_after_reconsideration.total")));

    static final String APPLICATIONS = "applications";
    static final String REVIEWS = "reviews";

    /** Row labels as the rule files print them (see {@code TableSpec.rowDisplay}). */
    private static final Map<String, String> ROW_LABELS = Map.ofEntries(
            Map.entry("new", "一、本年新收政府信息公开申请数量"),
            Map.entry("carried_over", "二、上年结转政府信息公开申请数量"),
            Map.entry("handled.disclosed", "（一）予以公开"),
            Map.entry("handled.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            Map.entry("handled.withheld.state_secret", "（三）不予公开 1.属于国家秘密"),
            Map.entry("handled.withheld.law_prohibited", "（三）不予公开 2.其他法律行政法规禁止公开"),
            Map.entry("handled.withheld.security_stability", "（三）不予公开 3.危及“三安全一稳定”"),
            Map.entry("handled.withheld.third_party", "（三）不予公开 4.保护第三方合法权益"),
            Map.entry("handled.withheld.internal_affairs", "（三）不予公开 5.属于三类内部事务信息"),
            Map.entry("handled.withheld.process_info", "（三）不予公开 6.属于四类过程性信息"),
            Map.entry("handled.withheld.enforcement_file", "（三）不予公开 7.属于行政执法案卷"),
            Map.entry("handled.withheld.inquiry", "（三）不予公开 8.属于行政查询事项"),
            Map.entry("handled.unavailable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
            Map.entry("handled.unavailable.needs_creation", "（四）无法提供 2.没有现成信息需要另行制作"),
            Map.entry("handled.unavailable.unclear", "（四）无法提供 3.补正后申请内容仍不明确"),
            Map.entry("handled.not_processed.petition", "（五）不予处理 1.信访举报投诉类申请"),
            Map.entry("handled.not_processed.duplicate", "（五）不予处理 2.重复申请"),
            Map.entry("handled.not_processed.publication", "（五）不予处理 3.要求提供公开出版物"),
            Map.entry("handled.not_processed.excessive", "（五）不予处理 4.无正当理由大量反复申请"),
            Map.entry("handled.not_processed.confirmation", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
            Map.entry("handled.total", "（七）总计"),
            Map.entry("carried_forward", "四、结转下年度继续办理"),
            Map.entry("all", ""));

    /** Column labels as the rule files print them (see {@code TableSpec.columnDisplay}). */
    private static final Map<String, String> COLUMN_LABELS = Map.of(
            "total", "总计",
            "natural_person", "自然人",
            "commercial", "商业企业",
            "research", "科研机构",
            "nonprofit", "社会公益组织",
            "legal_service", "法律服务机构",
            "other_org", "其他",
            "reconsideration.total", "行政复议 总计",
            "litigation_direct.total", "未经复议直接起诉 总计",
            "litigation_after_reconsideration.total", "复议后起诉 总计");

    private final String table;
    private final String zhLabel;
    private final String zhGloss;
    private final String enGloss;
    private final List<Ref> cells;

    Quantity(String table, String zhLabel, String zhGloss, String enGloss, List<Ref> cells) {
        this.table = table;
        this.zhLabel = zhLabel;
        this.zhGloss = zhGloss;
        this.enGloss = enGloss;
        this.cells = cells;
    }

    /** One cell of a quantity. */
    record Ref(String row, String column) {
    }

    private static Ref cell(String row, String column) {
        return new Ref(row, column);
    }

    /** The table id: {@code applications} or {@code reviews}. */
    String table() {
        return table;
    }

    /** 表三 or 表四. */
    String tableZh() {
        return table.equals(APPLICATIONS) ? "表三" : "表四";
    }

    /** table 3 or table 4. */
    String tableEn() {
        return table.equals(APPLICATIONS) ? "table 3" : "table 4";
    }

    /** The cell (or cells) in messages, e.g. {@code （一）予以公开 / 总计}. */
    String zhLabel() {
        return zhLabel;
    }

    /** A few words naming the figure in a sentence, e.g. {@code 予以公开}. */
    String zhGloss() {
        return zhGloss;
    }

    String enGloss() {
        return enGloss;
    }

    /** The cells whose sum the figure is. */
    List<Ref> cells() {
        return cells;
    }

    /** The row shared by every cell, or null. */
    String commonRow() {
        String first = cells.get(0).row();
        return cells.stream().allMatch(c -> c.row().equals(first)) ? first : null;
    }

    /** The column shared by every cell, or null. */
    String commonColumn() {
        String first = cells.get(0).column();
        return cells.stream().allMatch(c -> c.column().equals(first)) ? first : null;
    }

    /** The cells for English messages, e.g. {@code [handled.disclosed, total]}. */
    String enCells() {
        String row = commonRow();
        String column = commonColumn();
        if (row != null && column != null) {
            return "[" + row + ", " + column + "]";
        }
        if (row != null) {
            return "[" + row + ", " + cells.stream().map(c -> c.column()).collect(Collectors.joining(" + ")) + "]";
        }
        if (column != null) {
            return "[" + cells.stream().map(c -> c.row()).collect(Collectors.joining(" + ")) + ", " + column + "]";
        }
        return cells.stream().map(c -> "[" + c.row() + ", " + c.column() + "]").collect(Collectors.joining(" + "));
    }

    /** A cell's label as the rule engine prints it, e.g. {@code （一）予以公开 / 总计}. */
    static String cellLabel(String row, String column) {
        String r = ROW_LABELS.getOrDefault(row, row);
        String c = COLUMN_LABELS.getOrDefault(column, column);
        return r.isEmpty() ? c : r + " / " + c;
    }
}
