package io.github.crossfoot.readers.internal;

import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a table's header prints its columns, read from the header labels, so that
 * values follow their labels rather than their positions (table 三 with 商业企业 and 科研机构
 * exchanged is read by its labels, not by the official order).
 *
 * <p>Only for tables whose rows all have every column (三 and 四); the rows of table 二 each have
 * their own short header. Each header label is first given the column it names: a label such as
 * 四's 结果维持 names the unassigned column of that wording in the column group the header names
 * first (groups not named keep the official order). Then the labels are put in order by what the
 * document reliably tells:
 * <ol>
 *   <li>Where the document gives grid columns (HTML, Word) and no two labels share one, the grid
 *       column is the order, for the whole header.
 *   <li>In text, only labels on one line are reliably left to right: a PDF's text layer puts a
 *       short label of a tall header row on a line of its own, above or below its neighbours. So
 *       each line's labels keep the places the official order gives that set of columns, in the
 *       order the line reads them; a run of lines with one label each (one cell per line) counts
 *       as one line.
 *   <li>The official last column, when no other column has its wording (三's 总计), is drawn
 *       across all header rows at the right edge and read wherever a text flow puts it: it is
 *       taken as last of its line.
 *   <li>Optional (local) columns are placed before the column that follows them officially.
 * </ol>
 * A label that names no column left, or columns without a label, leave the order undecided: the
 * parser then reports the missing columns and reads the official order. Exchanged labels on two
 * different text lines cannot be told from the text alone, and are read in the official order.
 */
final class ColumnOrder {

    /** One header label as met: a column group, or a column label with the columns it may be. */
    record Entry(String groupId, Set<String> columnIds, int line, int grid, int gridColumn) {
    }

    /**
     * What the header says: the required columns in the order it prints them (null when it does
     * not name each once), and where the document gives one grid for the header, the column id
     * standing at each grid column of it (else null).
     */
    record Reading(List<String> order, int grid, Map<Integer, String> byGridColumn) {
    }

    private ColumnOrder() {
    }

    /** Whether the table's columns are mapped by the header (every row has every column). */
    static boolean applies(TableSpec spec) {
        return spec.rows().stream().allMatch(r -> r.columns().isEmpty());
    }

    /**
     * The required columns in the order the header prints them, or null when the header does not
     * name each of them once (then the official order is read and missing columns are reported).
     */
    static Reading read(TableSpec spec, List<Entry> entries) {
        List<String> official = required(spec);
        List<Entry> labels = entries.stream().filter(e -> e.groupId() == null).toList();
        boolean positioned = !labels.isEmpty() && labels.stream().allMatch(e -> e.gridColumn() >= 0)
                && labels.stream().map(Entry::grid).distinct().count() == 1
                && labels.stream().map(Entry::gridColumn).distinct().count() == labels.size();
        Map<String, Integer> groupRank = new LinkedHashMap<>();
        List<Entry> groupsInOrder = new ArrayList<>(entries.stream().filter(e -> e.groupId() != null).toList());
        if (positioned) {
            groupsInOrder.sort(Comparator.comparingInt(Entry::gridColumn));
        }
        for (Entry e : groupsInOrder) {
            if (isColumnGroup(official, e.groupId())) {
                groupRank.putIfAbsent(e.groupId(), groupRank.size());
            }
        }
        for (String id : official) {
            String g = groupOf(id);
            if (g != null) {
                groupRank.putIfAbsent(g, groupRank.size());
            }
        }
        List<Entry> ordered = new ArrayList<>(labels);
        if (positioned) {
            ordered.sort(Comparator.comparingInt(Entry::gridColumn));
        }
        // The column each label names, in the order met.
        List<String> named = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<Integer, String> byGridColumn = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Entry e : ordered) {
            String best = null;
            for (String id : official) {
                if (e.columnIds().contains(id) && !taken.contains(id)
                        && (best == null || rank(groupRank, id) < rank(groupRank, best))) {
                    best = id;
                }
            }
            if (best != null) {
                taken.add(best);
                named.add(best);
                lines.add(positioned ? 0 : e.line());
                byGridColumn.put(e.gridColumn(), best);
            }
        }
        if (named.size() != official.size()) {
            return new Reading(null, -1, null);
        }
        String last = official.get(official.size() - 1);
        boolean lastFloats = !positioned && isUnique(spec, last);
        String[] order = new String[official.size()];
        for (List<String> row : rows(named, lines)) {
            if (lastFloats && row.remove(last)) {
                row.add(last);
            }
            List<Integer> slots = row.stream().map(official::indexOf).sorted().toList();
            for (int k = 0; k < row.size(); k++) {
                order[slots.get(k)] = row.get(k);
            }
        }
        return positioned ? new Reading(List.of(order), labels.get(0).grid(), Map.copyOf(byGridColumn))
                : new Reading(List.of(order), -1, null);
    }

    /** The named columns grouped by line, a run of lines with one label each making one group. */
    private static List<List<String>> rows(List<String> named, List<Integer> lines) {
        List<List<String>> byLine = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) {
            if (lineOf.isEmpty() || !lineOf.get(lineOf.size() - 1).equals(lines.get(k))) {
                byLine.add(new ArrayList<>());
                lineOf.add(lines.get(k));
            }
            byLine.get(byLine.size() - 1).add(named.get(k));
        }
        List<List<String>> out = new ArrayList<>();
        boolean inRunOfSingles = false;
        for (List<String> row : byLine) {
            if (row.size() == 1 && inRunOfSingles) {
                out.get(out.size() - 1).addAll(row);
            } else {
                out.add(row);
                inRunOfSingles = row.size() == 1;
            }
        }
        return out;
    }

    /** The columns of a row in the header's order: {@code order} with the row's optional columns put in. */
    static List<String> arrange(TableSpec spec, List<String> officialColumns, List<String> order) {
        List<String> out = new ArrayList<>(order);
        out.retainAll(officialColumns);
        for (int k = 0; k < officialColumns.size(); k++) {
            String id = officialColumns.get(k);
            if (out.contains(id)) {
                continue;
            }
            String successor = null;
            for (int j = k + 1; j < officialColumns.size() && successor == null; j++) {
                if (out.contains(officialColumns.get(j))) {
                    successor = officialColumns.get(j);
                }
            }
            out.add(successor == null ? out.size() : out.indexOf(successor), id);
        }
        return out;
    }

    /** Whether no other column of the table has the label (and so the same spellings) of {@code columnId}. */
    private static boolean isUnique(TableSpec spec, String columnId) {
        String label = spec.column(columnId).map(LabelSpec::label).orElse("");
        return spec.columns().stream().filter(c -> c.label().equals(label)).count() == 1;
    }

    static List<String> required(TableSpec spec) {
        return spec.columns().stream().filter(c -> !c.optional()).map(LabelSpec::id).toList();
    }

    private static boolean isColumnGroup(List<String> columns, String groupId) {
        return columns.stream().anyMatch(id -> groupId.equals(groupOf(id)));
    }

    private static String groupOf(String columnId) {
        int dot = columnId.lastIndexOf('.');
        return dot < 0 ? null : columnId.substring(0, dot);
    }

    private static int rank(Map<String, Integer> groupRank, String id) {
        String g = groupOf(id);
        return g == null ? 0 : groupRank.getOrDefault(g, Integer.MAX_VALUE);
    }
}
