package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.testing.ReportGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One run's worth of reports: a few bodies with multi-year series (sometimes missing a year,
 * names written differently from year to year), planted carry-over and in-force breaks, now and
 * then a second copy of a report and reports without body or year, all shuffled; together with
 * every dataset finding those plants must produce and nothing else.
 */
final class SyntheticDataset {

    /** A finding as the tests compare it. Row, column and sides are null where the rule has none. */
    record Finding(String source, String rule, String row, String column, BigDecimal left, BigDecimal right) {
        Finding {
            left = left == null ? null : left.stripTrailingZeros();
            right = right == null ? null : right.stripTrailingZeros();
        }

        static Finding of(String source, String rule) {
            return new Finding(source, rule, null, null, null, null);
        }
    }

    /** A body: the place, what kind of body it is, and its name as officially written. */
    record Body(String place, String kind, String name) {
    }

    /** Counts over a dataset, for the measured figures. */
    static final class Stats {
        int series;
        int reports;
        int carryOverBreaks;
        int inForceBreaks;
        int gaps;
        int gapsThatWouldFail;
        int duplicates;
        int unidentified;
        int crossFormatPairs;
        int nameVariants;

        void add(Stats o) {
            series += o.series;
            reports += o.reports;
            carryOverBreaks += o.carryOverBreaks;
            inForceBreaks += o.inForceBreaks;
            gaps += o.gaps;
            gapsThatWouldFail += o.gapsThatWouldFail;
            duplicates += o.duplicates;
            unidentified += o.unidentified;
            crossFormatPairs += o.crossFormatPairs;
            nameVariants += o.nameVariants;
        }
    }

    /** Places ending in an administrative division: their government may be named by the place alone. */
    private static final List<String> DIVISIONS =
            List.of("宁晋县大曹庄镇", "勃利县倭肯镇", "某某市", "青山区", "平安乡", "某某县", "ABC新区", "某某市某某区");
    private static final List<String> STREETS = List.of("东湖街道", "城南街道");
    private static final List<String> DIVISION_KINDS =
            List.of("人民政府", "人民政府", "人民政府办公室", "生态环境局", "教育和体育局", "财政局");

    final List<Report> reports;
    final List<Finding> expected;
    final Stats stats = new Stats();

    private final Random random;
    private final SeriesGenerator series;
    private final String prefix;

    private SyntheticDataset(long seed, int bodies, int years) {
        this.random = new Random(seed);
        this.series = new SeriesGenerator(random);
        this.prefix = "ds" + Long.toHexString(seed) + "/";
        this.reports = new ArrayList<>();
        this.expected = new ArrayList<>();
        build(bodies, years);
    }

    /** A dataset of {@code bodies} series of {@code years} years each (before gaps). */
    static SyntheticDataset generate(long seed, int bodies, int years) {
        return new SyntheticDataset(seed, bodies, years);
    }

    // ------------------------------------------------------------------ building

    private record Planted(Body body, int year, String rule, String row, String column, long difference) {
    }

    private void build(int bodyCount, int years) {
        List<Body> bodies = bodies(bodyCount);
        Map<Body, List<Report>> all = new LinkedHashMap<>();
        List<Planted> planted = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            int n = i;
            int first = 2019 + random.nextInt(4);
            List<Report> s = new ArrayList<>(series.series(first, years,
                    y -> prefix + "b" + n + "-" + y + ".txt", y -> variant(body)));
            stats.series++;
            if (years >= 3 && random.nextInt(4) == 0) {
                int gone = 1 + random.nextInt(years - 2);
                Report before = s.get(gone - 1);
                Report after = s.get(gone + 1);
                s.remove(gone);
                stats.gaps++;
                for (String c : SeriesGenerator.COLUMNS) {
                    if (SeriesGenerator.get(after, "applications", "carried_over", c)
                            != SeriesGenerator.get(before, "applications", "carried_forward", c)) {
                        stats.gapsThatWouldFail++;
                        break;
                    }
                }
            }
            for (int k = 1; k < s.size(); k++) {
                Report last = s.get(k - 1);
                Report current = s.get(k);
                int year = current.year().getAsInt();
                if (last.year().getAsInt() != year - 1) {
                    continue;
                }
                if (!last.format().equals(current.format())) {
                    stats.crossFormatPairs++;
                }
                if (random.nextInt(10) < 3) {
                    String column = SeriesGenerator.COLUMNS.get(random.nextInt(SeriesGenerator.COLUMNS.size()));
                    SeriesGenerator.Broken b = SeriesGenerator.breakCarryOver(last, current, column, delta(),
                            random.nextBoolean() ? SeriesGenerator.Side.THIS_CARRIED_OVER
                                    : SeriesGenerator.Side.LAST_CARRIED_FORWARD);
                    s.set(k - 1, b.last());
                    s.set(k, b.current());
                    planted.add(new Planted(body, year, DatasetCheck.CARRY_OVER, "carried_over", column, b.difference()));
                    stats.carryOverBreaks++;
                }
                if (SeriesGenerator.bothInForceFormat(last, current) && random.nextInt(10) < 2) {
                    String row = SeriesGenerator.IN_FORCE_ROWS.get(random.nextInt(SeriesGenerator.IN_FORCE_ROWS.size()));
                    SeriesGenerator.Broken b = SeriesGenerator.breakInForce(s.get(k), row, delta());
                    s.set(k, b.current());
                    planted.add(new Planted(body, year, DatasetCheck.IN_FORCE, row, "in_force", b.difference()));
                    stats.inForceBreaks++;
                }
            }
            all.put(body, s);
        }

        // A second copy of a report, under another file name and perhaps another spelling.
        if (random.nextInt(4) == 0) {
            Body body = bodies.get(random.nextInt(bodies.size()));
            List<Report> s = all.get(body);
            Report original = s.get(random.nextInt(s.size()));
            String source = original.source().replace(".txt", "-copy.html");
            s.add(SeriesGenerator.rebuild(original, source, variant(body), original.year().getAsInt()));
            stats.duplicates++;
        }

        for (List<Report> s : all.values()) {
            reports.addAll(s);
        }

        // Reports whose body or year was not recognised.
        int unknown = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        for (int u = 0; u < unknown; u++) {
            Report r = ReportGenerator.generate(random.nextLong());
            String source = prefix + "unknown-" + u + ".txt";
            Report bare = switch (random.nextInt(3)) {
                case 0 -> SeriesGenerator.rebuild(r, source, null, r.year().getAsInt());
                case 1 -> SeriesGenerator.rebuild(r, source, bodies.get(0).name(), null);
                default -> SeriesGenerator.rebuild(r, source, "《 》", r.year().getAsInt());
            };
            reports.add(bare);
            expected.add(Finding.of(source, DatasetCheck.UNIDENTIFIED));
            stats.unidentified++;
        }

        // What the plants must produce: for every report of year t against every report of t-1.
        for (Planted p : planted) {
            List<Report> now = of(all.get(p.body()), p.year());
            List<Report> before = of(all.get(p.body()), p.year() - 1);
            for (Report r : now) {
                for (Report last : before) {
                    if (p.rule().equals(DatasetCheck.CARRY_OVER)) {
                        for (String c : List.of(p.column(), "total")) {
                            long left = SeriesGenerator.get(r, "applications", "carried_over", c);
                            long right = SeriesGenerator.get(last, "applications", "carried_forward", c);
                            if (left - right != p.difference()) {
                                throw new AssertionError("plant bookkeeping: " + p + " " + left + " " + right);
                            }
                            expected.add(new Finding(r.source(), p.rule(), "carried_over", c,
                                    BigDecimal.valueOf(left), BigDecimal.valueOf(right)));
                        }
                    } else {
                        long left = SeriesGenerator.get(r, "proactive", p.row(), "in_force");
                        long right = SeriesGenerator.get(last, "proactive", p.row(), "in_force")
                                + SeriesGenerator.get(r, "proactive", p.row(), "issued")
                                - SeriesGenerator.get(r, "proactive", p.row(), "repealed");
                        if (left - right != p.difference()) {
                            throw new AssertionError("plant bookkeeping: " + p + " " + left + " " + right);
                        }
                        expected.add(new Finding(r.source(), p.rule(), p.row(), "in_force",
                                BigDecimal.valueOf(left), BigDecimal.valueOf(right)));
                    }
                }
            }
        }
        for (List<Report> s : all.values()) {
            for (Report r : s) {
                if (of(s, r.year().getAsInt()).size() > 1) {
                    expected.add(Finding.of(r.source(), DatasetCheck.DUPLICATE));
                }
            }
        }
        for (Report r : reports) {
            if (r.agency().isPresent() && bodies.stream().noneMatch(b -> b.name().equals(r.agency().get()))) {
                stats.nameVariants++;
            }
        }
        stats.reports = reports.size();
        Collections.shuffle(reports, random);
    }

    private static List<Report> of(List<Report> s, int year) {
        return s.stream().filter(r -> r.year().getAsInt() == year).toList();
    }

    /** A break: mostly ±1..5, now and then a large one. */
    private long delta() {
        long d = random.nextInt(10) == 0 ? 10 + random.nextInt(500) : 1 + random.nextInt(5);
        return random.nextBoolean() ? d : -d;
    }

    /** Distinct bodies, drawn so that several often share a place (某某市人民政府 and 某某市人民政府办公室). */
    private List<Body> bodies(int n) {
        Set<String> names = new LinkedHashSet<>();
        List<Body> out = new ArrayList<>();
        while (out.size() < n) {
            Body b;
            if (random.nextInt(5) == 0) {
                String street = STREETS.get(random.nextInt(STREETS.size()));
                b = new Body(street, "办事处", street + "办事处");
            } else {
                String place = DIVISIONS.get(random.nextInt(DIVISIONS.size()));
                String kind = DIVISION_KINDS.get(random.nextInt(DIVISION_KINDS.size()));
                b = new Body(place, kind, place + kind);
            }
            if (names.add(b.name())) {
                out.add(b);
            }
        }
        return out;
    }

    /** The body's name as one year's report might write it. */
    private String variant(Body b) {
        String place = b.place();
        if (place.startsWith("ABC")) {
            place = switch (random.nextInt(3)) {
                case 0 -> place;
                case 1 -> "ＡＢＣ" + place.substring(3);
                default -> "abc" + place.substring(3);
            };
        }
        String name = switch (b.kind()) {
            case "人民政府" -> switch (random.nextInt(4)) {
                case 0 -> place;
                case 1 -> place + "政府";
                default -> place + "人民政府";
            };
            case "人民政府办公室" -> random.nextInt(3) == 0 ? place + "政府办公室" : place + "人民政府办公室";
            case "办事处" -> switch (random.nextInt(3)) {
                case 0 -> place;
                case 1 -> place + "办";
                default -> place + "办事处";
            };
            default -> place + b.kind();
        };
        switch (random.nextInt(6)) {
            case 0 -> {
                int at = 1 + random.nextInt(name.length() - 1);
                name = name.substring(0, at) + (random.nextBoolean() ? " " : "\u3000") + name.substring(at);
            }
            case 1 -> name = "《" + name;
            case 2 -> name = " " + name + "（" + "）";
            default -> {
            }
        }
        return name;
    }
}
