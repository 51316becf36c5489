package org.example.publishing;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.TableSpec;
import java.util.Map;

/**
 * How a publishing system holds the numbers of table 三 in its own form, and checks them with
 * Crossfoot before the report is published. No document is involved.
 */
public final class ApplicationsForm {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();
    private static final String[] APPLICANTS =
            {"natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org"};

    private ApplicationsForm() {
    }

    /**
     * Checks a form; {@code rows} maps a row id of table 三 to the six applicant counts. The 总计
     * column is computed here, as many systems do.
     */
    public static CheckResult check(String agency, int year, Map<String, long[]> rows) {
        Report report = CROSSFOOT.newReport(agency + " " + year, "gov-2021")
                .agency(agency).year(year)
                .table("applications", t -> {
                    for (TableSpec.Position cell : CROSSFOOT.rules().format("gov-2021").orElseThrow()
                            .table("applications").orElseThrow().cells()) {
                        long[] counts = rows.getOrDefault(cell.row(), new long[6]);
                        long value = cell.column().equals("total") ? java.util.Arrays.stream(counts).sum()
                                : counts[java.util.Arrays.asList(APPLICANTS).indexOf(cell.column())];
                        t.value(cell.row(), cell.column(), value);
                    }
                })
                .build();
        return CROSSFOOT.check(report);
    }

    public static void main(String[] args) {
        CheckResult result = check("示例局", 2023, Map.of(
                "new", new long[] {10, 1, 0, 0, 0, 0},
                "handled.disclosed", new long[] {8, 1, 0, 0, 0, 0},
                "handled.total", new long[] {9, 1, 0, 0, 0, 0},
                "carried_forward", new long[] {1, 0, 0, 0, 0, 0}));
        // The outcome rows add up to 9 for natural persons but (七)总计 says 9 and one outcome is missing.
        for (Violation v : result.violations()) {
            if (v.table().filter("applications"::equals).isPresent()) {
                System.out.println(v.severity().id() + " " + v.rule() + ": " + v.messageZh());
            }
        }
        System.out.println(result.passed() ? "通过 passed" : "未通过 failed");
    }
}
