package io.github.crossfoot.rules;

import io.github.crossfoot.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The finding ids Crossfoot reports by itself, beside the rules of the rule files: table structure
 * ({@code table.*}), reading ({@code read.*}), format ({@code format.*}), suspect cells
 * ({@code suspect.*}), prose against tables ({@code narrative.*}) and checks across the reports of a
 * run ({@code dataset.*}). Each has a short description in Chinese and English and the severity it
 * is reported with; tool metadata (SARIF {@code tool.driver.rules}) is built from this list. The ids
 * are a public contract (rules/README.md, section 11).
 */
public final class BuiltInFindings {

    /**
     * One built-in finding id.
     *
     * @param id       e.g. {@code table.missing}
     * @param severity the severity it is reported with
     * @param zh       what it means, in Chinese
     * @param en       what it means, in English
     */
    public record Finding(String id, Severity severity, String zh, String en) {
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }

    private static final List<Finding> ALL = List.of(
            // ---- table structure
            new Finding("table.missing", Severity.ERROR,
                    "报告中没有这张表，或有标题但读不出数据；列出因此未核对的规则。一张表都没有时只报一条，不指明表。",
                    "The table is absent, or its heading was found but no cell could be read; names the rules not checked."
                            + " When no table at all is found it is one finding without a table."),
            new Finding("table.missing-cells", Severity.ERROR,
                    "表中缺少的单元格。",
                    "Cells of the table that were not found."),
            new Finding("table.unreadable-cells", Severity.ERROR,
                    "内容不是数字的单元格。",
                    "Cells whose content is not a number."),
            new Finding("table.unknown-cells", Severity.ERROR,
                    "格式中没有定义的单元格（如稀疏行中多出的数字）。",
                    "Cells the format does not define (e.g. a number in a column a sparse row lacks)."),
            new Finding("table.blank-cells", Severity.WARNING,
                    "空白单元格（在等式中按 0 计，整边空白的等式不核对）。",
                    "Blank cells (counted as 0; equations with a wholly blank side are not checked)."),
            new Finding("table.mostly-blank", Severity.WARNING,
                    "表中几乎全部单元格空白（达到规则文件声明的比例），只报一次并给出空白比例；空白在等式中按 0 计。",
                    "Nearly every cell of the table is blank (the share its rule file declares); reported once with the"
                            + " share. Blanks count as 0."),
            new Finding("table.unknown", Severity.WARNING,
                    "报告中有不属于该格式的表，未核对。",
                    "The report holds a table that is not part of the format; it was not checked."),
            // ---- sections and statements (declared in the rule files)
            new Finding("structure.section-missing", Severity.ERROR,
                    "找不到规则文件声明的部分（如“五、存在的主要问题及改进情况”）的标题；给出它应在的位置。",
                    "A section the rule file declares (such as 五、存在的主要问题及改进情况) was not found; says where it belongs."),
            new Finding("structure.section-order", Severity.WARNING,
                    "各部分的顺序与格式不同。",
                    "A section is printed out of the format's order."),
            new Finding("structure.section-empty", Severity.WARNING,
                    "某部分只有标题、没有内容（警告）；只写了“无”等（提示）。",
                    "A section has nothing but its heading (a warning), or only a statement of none such as 无 (an info)."),
            new Finding("statement.missing", Severity.WARNING,
                    "某部分没有规则文件要求的说明（如第六部分的信息处理费收取情况），引用所查找的词语和依据文件。",
                    "A section lacks a statement its rule file requires (section 六 on the 信息处理费 collected); quotes"
                            + " the phrases looked for and the document that asks for it."),
            // ---- reading
            new Finding("read.not-text", Severity.ERROR,
                    "文件不是可识别的文本（支持 UTF-8、UTF-16、GB18030/GBK）。",
                    "The file is not text in a supported encoding (UTF-8, UTF-16, GB18030/GBK)."),
            new Finding("read.unrecognised-text", Severity.WARNING,
                    "表内有一段文字既不是行、列标签，也不是固定文字，已忽略。",
                    "Text inside a table that is neither a label nor fixed text; ignored."),
            new Finding("read.nonstandard-label", Severity.WARNING,
                    "标签不是标准写法，已按标准标签识别。",
                    "A label in non-standard wording, read as the standard label."),
            new Finding("read.cell-value", Severity.WARNING,
                    "单元格的写法不规范（如带单位或注释符号），已按数值读取。",
                    "A cell written in a non-standard way (a unit or a footnote mark, say); read as its number."),
            new Finding("read.failed", Severity.ERROR,
                    "处理文件时出错（打开、读取或核对），本文件未能核对，其他文件照常核对。",
                    "Processing one file failed (opening, reading or checking); it was not checked, the others were."),
            new Finding("read.limit", Severity.ERROR,
                    "文件超过读取上限（大小 50 MB），未读取。",
                    "The file exceeds a reading limit (50 MB); it was not read."),
            new Finding("read.no-text-layer", Severity.ERROR,
                    "PDF 页面只有图像、没有文字层（扫描件），不支持文字识别（OCR）。",
                    "PDF pages with images but no text layer (a scan); OCR is not supported."),
            new Finding("read.garbled-text", Severity.ERROR,
                    "PDF 的文字层不能解码为中文（字体缺少 Unicode 映射）。",
                    "The PDF's text layer does not decode to Chinese (fonts without a Unicode map)."),
            new Finding("read.column-order", Severity.WARNING,
                    "表头的列顺序与标准格式不同，各数值按其所在列的表头读取。",
                    "The header prints the columns in a non-standard order; values were read under their own headers."),
            new Finding("read.duplicate-table", Severity.ERROR,
                    "同一张表出现不止一次（引用的上年表、附件、一个文件中的两份报告）：按本报告的表核对，另一处数字不同时为错误，相同时为警告。",
                    "A table appears more than once (a quoted table, an appendix, two reports in one file): the report's own "
                            + "is checked; the other is an error when its numbers differ, a warning when they are the same."),
            new Finding("read.duplicate-row", Severity.ERROR,
                    "同一行出现两次，以第一次为准。",
                    "A row appears twice; the first one is used."),
            new Finding("read.row-values", Severity.ERROR,
                    "一行中数值的个数与该行的列数不符，无法确定对应关系，该行未读取。",
                    "A row has the wrong number of values; it was not read."),
            new Finding("read.stray-values", Severity.ERROR,
                    "数值前面没有可识别的行标签，未读取。",
                    "Values follow no recognised row label; they were not read."),
            new Finding("read.missing-column", Severity.ERROR,
                    "表头中找不到某一列，各列按标准顺序读取，请核对表头。",
                    "A column header was not found; values were read in the standard column order."),
            // ---- format
            new Finding("format.mismatch", Severity.WARNING,
                    "报告年度对应的格式与表格标签所属的格式不一致，按标签所属的格式核对。",
                    "The format for the report's year differs from the one its labels belong to; checked with the latter."),
            new Finding("format.unknown", Severity.ERROR,
                    "报告的格式不在已载入的规则中，无法核对。",
                    "The report's format is not among the loaded rules; nothing was checked."),
            // ---- suspect cells
            new Finding("suspect.cell", Severity.INFO,
                    "疑似填错的单元格：改为给出的值即可使不成立的关系全部成立。",
                    "A suspect cell: changed to the value given, every failing relation of its group holds."),
            new Finding("suspect.cells", Severity.INFO,
                    "没有单独一个单元格能解释，需同时改正的几个单元格。",
                    "No single cell explains the failing relations; cells to change together."),
            new Finding("suspect.blank-line", Severity.INFO,
                    "整行或整列似乎漏填（留空），并给出各单元格应有的值。",
                    "A whole row or column looks left blank; the value each cell should have."),
            new Finding("suspect.unexplained", Severity.INFO,
                    "无法定位出错的单元格，可能有多处错误。",
                    "No change of one or two cells mends the failing relations; there may be several mistakes."),
            // ---- prose against tables
            new Finding("narrative.mismatch", Severity.WARNING,
                    "正文中的数字与表中的单元格不一致。",
                    "A figure stated in the prose disagrees with the table."),
            new Finding("narrative.claim", Severity.INFO,
                    "正文中的数字无法与表核对（表或单元格缺失、无法识别）。",
                    "A figure stated in the prose cannot be checked: its table or cell is missing or unreadable."),
            // ---- across the reports of a run
            new Finding("dataset.carry-over", Severity.ERROR,
                    "本年“上年结转”与上年报告的“结转下年度继续办理”不一致。",
                    "This year's carried-over counts differ from the previous year's carried-forward counts."),
            new Finding("dataset.in-force", Severity.WARNING,
                    "现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数。",
                    "Documents in force do not follow from last year's in force plus issued minus repealed."),
            new Finding("dataset.duplicate", Severity.WARNING,
                    "同一机关同一年度有多份报告。",
                    "More than one report for the same body and year."),
            new Finding("dataset.unidentified", Severity.INFO,
                    "未能识别报告的机关或年度，未参加跨报告核对。",
                    "The report's body or year was not recognised; it took no part in the checks across reports."));

    private BuiltInFindings() {
    }

    /** Every built-in finding, grouped by prefix in the order of rules/README.md. */
    public static List<Finding> all() {
        return ALL;
    }

    /** The built-in finding with this id. */
    public static Optional<Finding> find(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Whether {@code id} is a built-in finding id rather than a rule of a rule file. */
    public static boolean isBuiltIn(String id) {
        return find(id).isPresent();
    }
}
