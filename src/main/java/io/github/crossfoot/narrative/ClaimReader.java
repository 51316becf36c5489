package io.github.crossfoot.narrative;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.rules.internal.Messages;
import io.github.crossfoot.rules.internal.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a report's prose states about its own tables 二, 三 and 四, by a regex pass over its
 * lines. Conservative on purpose: a figure is taken only when its clause ties it to one of the
 * {@link Quantity quantities} in one of the phrasings below, because a false alarm costs the clerk
 * time.
 *
 * <p>Each line is prepared as follows: HTML tags are removed (table cells become sentence breaks);
 * table lines (tab-separated fields, pipes, lines that are only numbers) are skipped; text in
 * parentheses is masked, since it is an aside (often about another year); full-width digits are
 * made ASCII. The text is then cut into sentences (。！？) and clauses (，；and ASCII commas that
 * are not thousands separators), and the patterns are matched clause by clause. A clause is skipped
 * when it compares with another period (去年, 上年, 同比, 增加…) or when its sentence names a year
 * other than the report's.
 */
final class ClaimReader {

    // ------------------------------------------------------------------ building blocks

    /** Characters allowed between a verb and its noun: no clause punctuation, digit or masked aside. */
    private static final String MID = "[^，。；;,！？!?0-9※]";
    private static final String NUM = "(?<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+|[零〇一二两三四五六七八九十百千万]+)";
    /** A number with its qualifiers and unit. The unit may be absent only after 为/是 at the end of a clause. */
    private static final String NUMBER = "(?<pre>逾|超过|超|不少于|至少|约|近|大约|将近|不到|不足)?\\s*" + NUM
            + "\\s*(?<more>余|多)?\\s*(?<unit>(?:件次|件|个|份|宗|条|起|例|次)(?!性))?(?<post>以上|左右|上下|以内|以下)?";
    /** Words allowed between a noun and its number: 予以公开的申请共计为 4件. */
    private static final String GAP = "(?<gap>(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:的)?(?:申请|案件|事件|事项)?"
            + "(?:数量|数|总数|总量)?\\s*[:：]?\\s*(?:共|共计|合计|总计|累计|总共|一共)?\\s*(?:为|是|有|达|达到)?\\s*[:：]?)\\s*";
    private static final String CONJ = "(?:及|和|与|、|或|或者|以及)";
    private static final String RECEIVE = "(?:新收|收到|接到|受理|接收)";
    private static final String NEGATION_BEFORE = "(?:未|没|无|没有|未曾)$";
    private static final String REVIEW_VERB = "发生|出现|产生|收到|接到|涉及|有|提起|申请|引发|引起|发现";

    /** Words that show an application-like phrase is about something else (hotlines, petitions...). */
    private static final Pattern NOT_APPLICATIONS =
            Pattern.compile("复议|诉讼|起诉|热线|信访|建议|提案|举报|投诉|咨询|来信|来电|12345|许可|留言|行政审批");
    /** Words that show a review phrase is about one outcome only, not the count. */
    private static final Pattern REVIEW_OUTCOME = Pattern.compile("纠正|纠错|维持|败诉|胜诉|撤销|确认违法|责令|审结|其他结果|被告|结果");
    /** A body that handles reconsiderations or cases for others (司法局, 复议机关) is not their respondent. */
    private static final Pattern REVIEW_HANDLING = Pattern.compile("办理|审理|受理|办结");
    /** A clause that compares with another period is not a statement about this year's tables. */
    private static final Pattern COMPARISON = Pattern.compile(
            "去年|上年(?!度?结转)|上一年(?!度?结转)|前一年|同比|较上年|比上年|往年|历年|环比|增长|下降|增加|减少|持平");
    private static final Pattern DIGIT_OR_COUNT = Pattern.compile("[0-9]|[零一二两三四五六七八九十百千]+\\s*(?:件|起|宗|个|例)");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年");
    private static final Pattern CARRY_YEAR_AFTER = Pattern.compile("度?(?:的)?结转");
    private static final Pattern CARRY_YEAR_BEFORE = Pattern.compile("结转(?:至|到)?$");
    private static final Pattern CONTINUATION =
            Pattern.compile("^\\s*(?:其中|上述|以上|对上述|对以上|办理结果|答复结果|从申请人|从办理结果)");
    /** A quick filter: a prose line with none of these words states nothing we read. */
    private static final Pattern RELEVANT = Pattern.compile("申请|复议|诉讼|起诉|结转|公开|规章|规范性文件|许可|处罚|强制|收费");
    /** An amount of money: 96.35万元, 251000元, with the qualifiers of a count. */
    private static final String AMOUNT = "(?<pre>逾|超过|超|不少于|至少|约|近|大约|将近|不到|不足)?\\s*"
            + "(?<amount>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\s*(?<more>余|多)?\\s*(?<money>万元|元)"
            + "(?<post>以上|左右|上下|以内|以下)?";
    /** Table 二's documents: made, repealed, in force (规章制度 is rules in general, not 规章). */
    private static final String REGULATIONS = "规章(?!制度)";
    private static final String NORMATIVE = "(?:行政)?规范性文件";
    private static final String ISSUE = "(?:制发|制定|新制定|出台|印发|新增|新制作|制作)";
    /** Words between a verb and a document: 制定出台市政府规章 (no clause punctuation, digit or aside). */
    private static final String DOC_MID = "(?<mid>[^，。；;,！？!?0-9※、]{0,8}?)";
    /** The units of a count of documents and of decisions: 条 and 个 count items of information, not these. */
    private static final Set<String> DOCUMENT_UNITS = Set.of("件", "份");
    private static final Set<String> DECISION_UNITS = Set.of("件", "件次", "宗", "起", "次", "例");
    /** A decision phrase that counts something else: licence items, applications for a licence. */
    private static final Pattern NOT_DECISIONS = Pattern.compile("事项|申请|项目|听证");

    // ------------------------------------------------------------------ the phrasings

    private enum Context {
        /** The sentence must be about applications: it says 申请, or continues one that does (其中…). */
        APPLICATION,
        /** The sentence must be about disclosure (信息公开, 依申请), since agencies also report other cases. */
        REVIEW,
        /** The phrase is specific enough on its own (上年结转…件). */
        NONE
    }

    private enum Kind {
        /** The number in the match is the figure. */
        NUMBER,
        /** A breakdown by applicant type: taken only right after a stated number of applications received. */
        APPLICANT_NUMBER,
        /** A statement that there were none: the figure is 0. */
        ZERO,
        /** 申请人全为自然人: 自然人 equals the number received. */
        ALL_NATURAL,
        /** 行政复议和行政诉讼各 N 件: each is N. */
        REVIEWS_EACH,
        /** 行政复议和行政诉讼 N 件: both 0 when N is 0, else their sum is N. */
        REVIEWS_TOGETHER,
        /** 未发生…行政复议…行政诉讼: the ones named are 0. */
        REVIEWS_NONE,
        /** An amount of money (元 or 万元), as 万元. */
        AMOUNT
    }

    private record Phrasing(Quantity quantity, Kind kind, Context context, Pattern pattern, Pattern rejectBefore,
                            boolean checkMid) {
    }

    private static final List<Phrasing> PHRASINGS = List.of(
            // 收到政府信息公开申请 4 件 / 本年新收政府信息公开申请数量为 3,119 件
            number(Quantity.NEW_TOTAL, Context.APPLICATION,
                    RECEIVE + "(?:了)?(?<mid>" + MID + "{0,25}?)申请" + GAP + NUMBER, NEGATION_BEFORE, true),
            // 共收到 4 件政府信息公开申请
            new Phrasing(Quantity.NEW_TOTAL, Kind.NUMBER, Context.APPLICATION, Pattern.compile(RECEIVE
                    + "(?:了)?\\s*(?:各类|各种)?\\s*(?:共|共计|合计|累计)?\\s*" + NUMBER + "(?<mid>" + MID
                    + "{0,12}?)公开(?:的)?(?:申请|请求)"), Pattern.compile(NEGATION_BEFORE), false),
            // 未收到政府信息公开申请 / 未接到已申请公开办理事件
            new Phrasing(Quantity.NEW_TOTAL, Kind.ZERO, Context.NONE, Pattern.compile("(?:未|没有|未曾|没)" + RECEIVE
                    + "(?:过|到)?(?<mid>" + MID + "{0,25}?)申请(?<after>" + MID + "{0,4})"), null, true),
            new Phrasing(Quantity.NEW_TOTAL, Kind.ZERO, Context.NONE,
                    Pattern.compile("(?:无|没有)(?:政府信息公开|信息公开|依申请公开)(?:的)?申请"), null, false),
            // 申请人全为自然人
            new Phrasing(Quantity.NEW_NATURAL, Kind.ALL_NATURAL, Context.APPLICATION, Pattern.compile(
                    "申请人(?:全部|均|全|都)(?:为|是)(?:自然人|公民个人)|(?:全部|均|全|都)(?:为|是)(?:由)?(?:自然人|公民个人)"
                            + "(?:提出|提交)?(?:的)?申请"), null, false),
            // 其中自然人申请 3 件，法人或其他组织申请 1 件
            new Phrasing(Quantity.NEW_NATURAL, Kind.APPLICANT_NUMBER, Context.APPLICATION, Pattern.compile(
                    "自然人(?:提出|提交)?(?:的)?(?:申请)?" + GAP + NUMBER), Pattern.compile("非$"), false),
            new Phrasing(Quantity.NEW_LEGAL, Kind.APPLICANT_NUMBER, Context.APPLICATION, Pattern.compile(
                    "法人(?:或|和|及)其他组织(?:提出|提交)?(?:的)?(?:申请)?" + GAP + NUMBER), null, false),
            // 上年结转 2 件 / 无上年结转
            // (2021年结转… in a 2022 report: the year must be the report's previous year)
            number(Quantity.CARRIED_OVER, Context.NONE, "(?:上(?:一)?年(?:度)?|(?<year>[0-9]{4})\\s*年(?:度)?)结转"
                    + "(?:至本年(?:度)?|到本年(?:度)?)?(?:继续办理)?(?:的)?(?:政府信息公开)?(?:申请)?" + GAP + NUMBER,
                    null, false),
            zero(Quantity.CARRIED_OVER, Context.NONE, "(?:无|没有)上(?:一)?年(?:度)?结转|上(?:一)?年(?:度)?(?:无|没有)结转"),
            // 予以公开及部分公开 258 件
            number(Quantity.DISCLOSED_AND_PARTIAL, Context.APPLICATION, "(?:予以公开|全部公开|同意公开)" + CONJ
                    + "(?:部分公开|部分予以公开|部分同意公开)" + GAP + NUMBER, null, false),
            // 予以公开 2 件 / 部分公开 2 件 / 不予公开… / 无法提供… / 不予处理…
            number(Quantity.DISCLOSED, Context.APPLICATION, "(?:予以公开|全部公开|同意公开)(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:不|部分|不予)$", false),
            number(Quantity.PARTIAL, Context.APPLICATION, "(?:部分公开|部分予以公开)(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:不|公开" + CONJ + ")$", false),
            number(Quantity.WITHHELD, Context.APPLICATION, "(?:不予公开|不予以公开)(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:部分|公开" + CONJ + ")$", false),
            number(Quantity.UNAVAILABLE, Context.APPLICATION, "无法提供(?:政府信息)?(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:公开|提供|处理)" + CONJ + "$", false),
            number(Quantity.NOT_PROCESSED, Context.APPLICATION, "不予处理(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:公开|提供|处理)" + CONJ + "$", false),
            // 共办结政府信息公开申请 4 件 / 办理结果总计 4 件
            number(Quantity.HANDLED_TOTAL, Context.APPLICATION, "(?:共|共计|累计|全部|均已|已全部|总共|全年|一共)"
                    + "(?:办结|答复|办理完毕|予以答复|作出答复)(?:了)?(?:(?<mid>" + MID + "{0,15}?)申请)?" + GAP + NUMBER,
                    null, true),
            number(Quantity.HANDLED_TOTAL, Context.APPLICATION, "办理结果(?:总计|共计|合计)" + GAP + NUMBER, null, false),
            // 结转下年度继续办理 103 件 / 3 件结转至下年度 / 无结转下年度
            // (结转2023年度… in a 2022 report: the year must be the report's next year)
            number(Quantity.CARRIED_FORWARD, Context.NONE, "结转(?:至|到)?(?:下(?:一)?年(?:度)?|(?<year>[0-9]{4})\\s*年(?:度)?)"
                    + "(?:继续)?(?:办理)?(?:的)?(?:政府信息公开)?(?:申请)?" + GAP + NUMBER, null, false),
            new Phrasing(Quantity.CARRIED_FORWARD, Kind.NUMBER, Context.NONE, Pattern.compile(NUMBER
                    + "(?:申请)?(?:需|将|已|需要)?(?:结转|转入)(?:至|到)?下(?:一)?年"), null, false),
            zero(Quantity.CARRIED_FORWARD, Context.NONE,
                    "(?:无|没有)(?:需要?)?结转(?:至|到)?下(?:一)?年|(?:无|没有)下(?:一)?年(?:度)?(?:的)?结转"),
            // 行政复议和行政诉讼各 1 件 / 行政复议和行政诉讼案件 0 件
            new Phrasing(Quantity.REVIEWS_ALL, Kind.REVIEWS_EACH, Context.REVIEW, Pattern.compile(
                    "(?:行政复议|复议)(?:案件)?" + CONJ + "(?:被)?(?:提起)?(?:行政诉讼|诉讼)(?:案件|事件)?\\s*(?<each>各|均|都)\\s*"
                            + "(?<gap>(?:为|是|有)?)\\s*" + NUMBER), null, false),
            new Phrasing(Quantity.REVIEWS_ALL, Kind.REVIEWS_TOGETHER, Context.REVIEW, Pattern.compile(
                    "(?:行政复议|复议)(?:案件)?" + CONJ + "(?:被)?(?:提起)?(?:行政诉讼|诉讼)" + GAP + NUMBER), null, false),
            // 被申请行政复议 2 件 / 行政诉讼 1 件 / 直接起诉 1 件 / 复议后起诉 1 件
            number(Quantity.RECONSIDERATION, Context.REVIEW, "(?:行政复议|复议)(?!后|" + CONJ + ")" + GAP + NUMBER,
                    "未经$", false),
            new Phrasing(Quantity.RECONSIDERATION, Kind.NUMBER, Context.REVIEW, Pattern.compile(
                    "(?:发生|收到|涉及|被申请|出现|产生|引发)(?:了)?\\s*" + NUMBER + "(?<mid>" + MID + "{0,15}?)行政复议(?!后|"
                            + CONJ + ")"), null, false),
            number(Quantity.LITIGATION, Context.REVIEW, "行政诉讼(?!" + CONJ + ")" + GAP + NUMBER,
                    "(?:复议后|直接|复议" + CONJ + ")(?:被)?(?:提起)?$", false),
            number(Quantity.LITIGATION_DIRECT, Context.REVIEW, "直接(?:提起)?(?:行政)?(?:诉讼|起诉)" + GAP + NUMBER, null,
                    false),
            number(Quantity.LITIGATION_AFTER, Context.REVIEW, "复议后(?:提起)?(?:行政)?(?:诉讼|起诉)" + GAP + NUMBER, null,
                    false),
            // 未发生涉及政府信息公开的行政复议和行政诉讼案件 / 也未有因信息公开而产生的行政复议事件 /
            // 没有因政府信息公开被申请行政复议或提起行政诉讼的情况
            new Phrasing(Quantity.REVIEWS_ALL, Kind.REVIEWS_NONE, Context.REVIEW, Pattern.compile(
                    "(?:未|没有|未曾|并未|从未)(?:被|曾)?(?:" + REVIEW_VERB + "|(?=因|由于))(?<mid>" + MID
                            + "{0,30}?)(?:行政复议|行政诉讼|复议|诉讼)(?<after>" + MID + "*)"), null, false),
            new Phrasing(Quantity.REVIEWS_ALL, Kind.REVIEWS_NONE, Context.REVIEW, Pattern.compile(
                    "无(?:涉及|因)?(?:政府信息公开|信息公开)?(?:的|方面的|相关的)?(?:行政复议|行政诉讼)(?<after>" + MID + "*)"),
                    null, false),
            // 表二: 制发规章 1 件 / 印发 3 件行政规范性文件 / 未制发行政规范性文件 / 废止… / 现行有效…
            // (新增公开规章 counts what was published, which the 2019 format tells from what was made: not read)
            number(Quantity.REGULATIONS_ISSUED, Context.NONE, ISSUE + "(?:了)?" + DOC_MID + REGULATIONS + GAP + NUMBER,
                    "(?:未|没有|无)$", false),
            new Phrasing(Quantity.REGULATIONS_ISSUED, Kind.NUMBER, Context.NONE, Pattern.compile(ISSUE + "(?:了)?\\s*"
                    + NUMBER + DOC_MID + REGULATIONS), Pattern.compile("(?:未|没有|无)$"), false),
            zero(Quantity.REGULATIONS_ISSUED, Context.NONE, "(?:未|没有|无)" + ISSUE + "(?:过|了)?(?:任何)?" + DOC_MID
                    + REGULATIONS),
            number(Quantity.NORMATIVE_ISSUED, Context.NONE, ISSUE + "(?:了)?" + DOC_MID + NORMATIVE + GAP + NUMBER,
                    "(?:未|没有|无)$", false),
            new Phrasing(Quantity.NORMATIVE_ISSUED, Kind.NUMBER, Context.NONE, Pattern.compile(ISSUE + "(?:了)?\\s*"
                    + NUMBER + DOC_MID + NORMATIVE), Pattern.compile("(?:未|没有|无)$"), false),
            zero(Quantity.NORMATIVE_ISSUED, Context.NONE, "(?:未|没有|无)" + ISSUE + "(?:过|了)?(?:任何)?" + DOC_MID
                    + NORMATIVE),
            number(Quantity.REGULATIONS_REPEALED, Context.NONE, "废止(?:了)?" + DOC_MID + REGULATIONS + GAP + NUMBER,
                    "(?:未|没有|无)$", false),
            number(Quantity.NORMATIVE_REPEALED, Context.NONE, "废止(?:了)?" + DOC_MID + NORMATIVE + GAP + NUMBER,
                    "(?:未|没有|无)$", false),
            number(Quantity.REGULATIONS_IN_FORCE, Context.NONE, "现行有效(?:的)?" + DOC_MID + REGULATIONS + GAP + NUMBER,
                    null, false),
            number(Quantity.NORMATIVE_IN_FORCE, Context.NONE, "现行有效(?:的)?" + DOC_MID + NORMATIVE + GAP + NUMBER,
                    null, false),
            // 表二: 办理行政许可 447228 件 / 作出行政处罚决定 57 件 / 采取行政强制措施 3 件
            number(Quantity.LICENSING, Context.NONE, "行政许可(?:决定|处理决定|办件|审批)?" + GAP + NUMBER,
                    "(?:不予|不准予|撤销|注销|变更|延续|未)$", false),
            number(Quantity.PENALTY, Context.NONE, "行政处罚(?:决定|处理决定|案件)?" + GAP + NUMBER,
                    "(?:不予|撤销|未)$", false),
            number(Quantity.ENFORCEMENT, Context.NONE, "行政强制(?:措施|执行|决定)?" + GAP + NUMBER,
                    "(?:不予|未)$", false),
            // 表二: 行政事业性收费 96.35 万元 / 收取行政事业性收费 963500 元 (not 信息处理费, another fee)
            new Phrasing(Quantity.FEES, Kind.AMOUNT, Context.NONE, Pattern.compile("行政事业性收费(?:金额|总额|总金额|收入)?"
                    + GAP + AMOUNT), Pattern.compile("(?:减免|免征|免收|退还|停征|未)$"), false));

    private static Phrasing number(Quantity q, Context context, String regex, String rejectBefore, boolean checkMid) {
        return new Phrasing(q, Kind.NUMBER, context, Pattern.compile(regex),
                rejectBefore == null ? null : Pattern.compile(rejectBefore), checkMid);
    }

    private static Phrasing zero(Quantity q, Context context, String regex) {
        return new Phrasing(q, Kind.ZERO, context, Pattern.compile(regex), null, false);
    }

    private ClaimReader() {
    }

    // ------------------------------------------------------------------ reading

    /**
     * Every figure the report's prose states about tables 二, 三 and 四, by line and position.
     * {@code tableNewTotal} is the table's 本年新收 total, or null: "all from natural persons" means it.
     */
    static List<Claim> read(Report report, BigDecimal tableNewTotal) {
        OptionalInt reportYear = report.year();
        List<Claim> out = new ArrayList<>();
        List<String> lines = report.lines();
        for (int i = 0; i < lines.size(); i++) {
            readLine(lines.get(i), i + 1, reportYear, tableNewTotal, out);
        }
        Set<String> seen = new LinkedHashSet<>();
        return out.stream()
                .filter(c -> seen.add(c.line() + "|" + c.quantity() + "|" + c.atLeast() + "|"
                        + c.value().toPlainString()))
                .sorted(Comparator.comparingInt(Claim::line).thenComparingInt(Claim::position))
                .toList();
    }

    private record Match(Phrasing phrasing, int start, int end, BigDecimal value, boolean atLeast, boolean written,
                         String span) {
    }

    private static void readLine(String raw, int lineNo, OptionalInt reportYear, BigDecimal tableNewTotal,
                                 List<Claim> out) {
        String text = Prose.stripHtml(raw, "。");
        if (Prose.isTableLine(text) || !RELEVANT.matcher(text).find()) {
            return;
        }
        String masked = mask(text);
        int n = masked.length();
        int sentenceStart = 0;
        boolean previousAboutApplications = false;
        Claim lastReceived = null;
        boolean afterReceived = false;
        for (int i = 0; i <= n; i++) {
            if (i < n && "。！？!?".indexOf(masked.charAt(i)) < 0) {
                continue;
            }
            String sentence = masked.substring(sentenceStart, i);
            boolean aboutApplications = sentence.contains("申请")
                    || (previousAboutApplications && CONTINUATION.matcher(sentence).find());
            boolean aboutDisclosure = sentence.contains("信息公开") || sentence.contains("依申请");
            int clauseStart = sentenceStart;
            for (int j = sentenceStart; j <= i; j++) {
                if (j < i && !isClauseBreak(masked, j)) {
                    continue;
                }
                String clause = masked.substring(clauseStart, j);
                List<Match> matches = clause.isBlank() ? List.of()
                        : matches(clause, aboutApplications, aboutDisclosure, reportYear);
                if (!matches.isEmpty() && !COMPARISON.matcher(clause).find()
                        && yearFits(masked.substring(sentenceStart, j), reportYear)) {
                    String quote = text.substring(clauseStart, j).strip();
                    for (Match m : matches) {
                        int position = clauseStart + m.start();
                        Kind kind = m.phrasing().kind();
                        Quantity q = m.phrasing().quantity();
                        if (kind == Kind.APPLICANT_NUMBER && !afterReceived) {
                            continue;
                        }
                        if (kind == Kind.ALL_NATURAL) {
                            if (tableNewTotal != null) {
                                out.add(new Claim(q, tableNewTotal, false, lineNo, position, quote,
                                        Messages.of("narrative.piece.note.all-natural",
                                                "value", tableNewTotal.toPlainString())));
                            } else if (lastReceived != null) {
                                out.add(new Claim(q, lastReceived.value(), lastReceived.atLeast(), lineNo, position,
                                        quote, note(q, lastReceived.value(), lastReceived.atLeast())));
                            }
                            continue;
                        }
                        List<Claim> claims = claims(m, lineNo, position, quote);
                        out.addAll(claims);
                        for (Claim c : claims) {
                            if (c.quantity() == Quantity.NEW_TOTAL) {
                                lastReceived = c;
                                afterReceived = true;
                            } else if (c.quantity() != Quantity.NEW_NATURAL && c.quantity() != Quantity.NEW_LEGAL) {
                                afterReceived = false;
                            }
                        }
                    }
                }
                clauseStart = j + 1;
            }
            previousAboutApplications = aboutApplications;
            sentenceStart = i + 1;
        }
    }

    /** The claims one match makes. */
    private static List<Claim> claims(Match m, int line, int position, String quote) {
        Quantity q = m.phrasing().quantity();
        return switch (m.phrasing().kind()) {
            case NUMBER, APPLICANT_NUMBER -> List.of(new Claim(q, m.value(), m.atLeast(), line, position, quote,
                    m.written() && !m.atLeast() ? null : note(q, m.value(), m.atLeast())));
            case ZERO -> List.of(new Claim(q, BigDecimal.ZERO, false, line, position, quote, note(q, BigDecimal.ZERO,
                    false)));
            case REVIEWS_EACH -> List.of(
                    new Claim(Quantity.RECONSIDERATION, m.value(), m.atLeast(), line, position, quote,
                            note(Quantity.RECONSIDERATION, m.value(), m.atLeast())),
                    new Claim(Quantity.LITIGATION, m.value(), m.atLeast(), line, position, quote,
                            note(Quantity.LITIGATION, m.value(), m.atLeast())));
            case REVIEWS_TOGETHER -> m.value().signum() == 0 && !m.atLeast()
                    ? List.of(new Claim(Quantity.RECONSIDERATION, BigDecimal.ZERO, false, line, position, quote,
                                    note(Quantity.RECONSIDERATION, BigDecimal.ZERO, false)),
                            new Claim(Quantity.LITIGATION, BigDecimal.ZERO, false, line, position, quote,
                                    note(Quantity.LITIGATION, BigDecimal.ZERO, false)))
                    : List.of(new Claim(Quantity.REVIEWS_ALL, m.value(), m.atLeast(), line, position, quote,
                            m.written() && !m.atLeast() ? null : note(Quantity.REVIEWS_ALL, m.value(), m.atLeast())));
            case REVIEWS_NONE -> {
                List<Claim> none = new ArrayList<>();
                if (m.span().contains("复议")) {
                    none.add(new Claim(Quantity.RECONSIDERATION, BigDecimal.ZERO, false, line, position, quote,
                            note(Quantity.RECONSIDERATION, BigDecimal.ZERO, false)));
                }
                if (m.span().contains("诉讼") || m.span().contains("起诉")) {
                    none.add(new Claim(Quantity.LITIGATION, BigDecimal.ZERO, false, line, position, quote,
                            note(Quantity.LITIGATION, BigDecimal.ZERO, false)));
                }
                yield none;
            }
            case AMOUNT -> List.of(new Claim(q, m.value(), m.atLeast(), line, position, quote,
                    m.written() && !m.atLeast() ? null : Messages.of(m.atLeast() ? "narrative.piece.note.amount.at-least"
                            : "narrative.piece.note.amount", "quantity", q.gloss(), "value", m.value().toPlainString())));
            case ALL_NATURAL -> List.of();
        };
    }

    /** What a figure means, for messages: {@code 即收到申请不少于 140 件} / {@code applications received: at least 140}. */
    private static Messages.Text note(Quantity q, BigDecimal value, boolean atLeast) {
        return Messages.of(atLeast ? "narrative.piece.note.at-least" : "narrative.piece.note",
                "quantity", q.gloss(), "value", value.toPlainString());
    }

    /** The accepted matches in one clause, by position, without overlaps. */
    private static List<Match> matches(String clause, boolean aboutApplications, boolean aboutDisclosure,
                                       OptionalInt reportYear) {
        List<Match> found = new ArrayList<>();
        for (Phrasing p : PHRASINGS) {
            if (p.context() == Context.APPLICATION && !aboutApplications
                    || p.context() == Context.REVIEW && !aboutDisclosure) {
                continue;
            }
            if (!mentions(clause, p.quantity())) {
                continue;
            }
            Matcher m = p.pattern().matcher(clause);
            while (m.find()) {
                Match accepted = accept(p, m, clause, reportYear);
                if (accepted != null) {
                    found.add(accepted);
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(x -> -(x.end() - x.start())));
        List<Match> out = new ArrayList<>();
        int coveredTo = -1;
        for (Match m : found) {
            if (m.start() >= coveredTo) {
                out.add(m);
                coveredTo = m.end();
            }
        }
        return out;
    }

    /** A quick filter before any regex: the words every phrasing of {@code q} contains one of. */
    private static boolean mentions(String clause, Quantity q) {
        String[] words = switch (q) {
            case NEW_TOTAL -> new String[] {"收到", "接到", "受理", "接收", "新收", "公开申请", "公开的申请"};
            case NEW_NATURAL -> new String[] {"自然人", "公民个人"};
            case NEW_LEGAL -> new String[] {"法人"};
            case CARRIED_OVER, CARRIED_FORWARD -> new String[] {"结转", "转入"};
            case DISCLOSED_AND_PARTIAL, PARTIAL -> new String[] {"部分"};
            case DISCLOSED -> new String[] {"予以公开", "全部公开", "同意公开"};
            case WITHHELD -> new String[] {"不予"};
            case UNAVAILABLE -> new String[] {"无法提供"};
            case NOT_PROCESSED -> new String[] {"不予处理"};
            case HANDLED_TOTAL -> new String[] {"办结", "答复", "办理完毕", "办理结果"};
            case RECONSIDERATION, LITIGATION, LITIGATION_DIRECT, LITIGATION_AFTER, REVIEWS_ALL ->
                    new String[] {"复议", "诉讼", "起诉"};
            case REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE -> new String[] {"规章"};
            case NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE -> new String[] {"规范性文件"};
            case LICENSING -> new String[] {"行政许可"};
            case PENALTY -> new String[] {"行政处罚"};
            case ENFORCEMENT -> new String[] {"行政强制"};
            case FEES -> new String[] {"行政事业性收费"};
        };
        for (String w : words) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The match if every condition of its phrasing holds, else null. */
    private static Match accept(Phrasing p, Matcher m, String clause, OptionalInt reportYear) {
        String span = clause.substring(m.start(), m.end());
        String year = group(m, "year");
        if (year != null) {
            // 2021年结转… in a 2022 report is last year's carry-over; 结转2023年度… is next year's.
            int offset = p.quantity() == Quantity.CARRIED_OVER ? -1 : 1;
            if (reportYear.isEmpty() || Integer.parseInt(year) != reportYear.getAsInt() + offset) {
                return null;
            }
        }
        if (p.rejectBefore() != null && p.rejectBefore().matcher(clause.substring(0, m.start())).find()) {
            return null;
        }
        if (p.context() == Context.APPLICATION || p.quantity() == Quantity.NEW_TOTAL) {
            if (NOT_APPLICATIONS.matcher(span).find()) {
                return null;
            }
        }
        if (p.context() == Context.REVIEW) {
            String rest = clause.substring(m.start());
            if (REVIEW_OUTCOME.matcher(p.kind() == Kind.REVIEWS_NONE ? rest : span).find()) {
                return null;
            }
            if (p.kind() != Kind.REVIEWS_NONE && REVIEW_HANDLING.matcher(clause.substring(0, m.end())).find()) {
                return null;
            }
        }
        String mid = group(m, "mid");
        if (p.checkMid() && mid != null) {
            String around = mid + (group(m, "after") == null ? "" : group(m, "after"));
            if (p.kind() == Kind.ZERO) {
                if (!around.contains("公开") && !around.contains("信息")) {
                    return null;
                }
            } else if (!mid.isBlank() && !mid.contains("公开") && !mid.contains("信息")) {
                return null;
            }
        }
        if (isDocument(p.quantity()) && mid != null && mid.contains("公开")) {
            return null; // 新增公开规章: what was published, not what was made
        }
        if (p.kind() == Kind.ZERO || p.kind() == Kind.ALL_NATURAL || p.kind() == Kind.REVIEWS_NONE) {
            if ((p.kind() == Kind.ZERO || p.kind() == Kind.REVIEWS_NONE)
                    && DIGIT_OR_COUNT.matcher(clause.substring(m.end())).find()) {
                return null; // 未公开信息申请行政复议2件: a count follows, so this is no statement of none
            }
            return new Match(p, m.start(), m.end(), BigDecimal.ZERO, false, false, span);
        }
        if (DECISION_QUANTITIES.contains(p.quantity()) && NOT_DECISIONS.matcher(span).find()) {
            return null;
        }
        String pre = group(m, "pre");
        String post = group(m, "post");
        if (pre != null && pre.matches("约|近|大约|将近|不到|不足") || post != null && post.matches("左右|上下|以内|以下")) {
            return null;
        }
        boolean atLeast = pre != null || group(m, "more") != null || "以上".equals(post);
        if (p.kind() == Kind.AMOUNT) {
            // The table states 万元; an amount in 元 is converted, never rounded.
            String digits = m.group("amount").replace(",", "");
            if (digits.length() > MAX_DIGITS) {
                return null; // no table holds such a number (and parsing a million digits is slow)
            }
            BigDecimal amount = new BigDecimal(digits);
            boolean tenThousands = m.group("money").equals("万元");
            BigDecimal value = tenThousands ? amount : amount.movePointLeft(4).stripTrailingZeros();
            return new Match(p, m.start(), m.end(), value, atLeast, tenThousands, span);
        }
        String unit = group(m, "unit");
        Set<String> units = isDocument(p.quantity()) ? DOCUMENT_UNITS
                : DECISION_QUANTITIES.contains(p.quantity()) ? DECISION_UNITS : null;
        if (units != null && unit != null && !units.contains(unit)) {
            return null;
        }
        String num = m.group("num");
        BigDecimal value = num.length() > MAX_DIGITS ? null : Numerals.parse(num);
        if (value == null) {
            return null;
        }
        if (group(m, "unit") == null) {
            String gap = group(m, "gap");
            boolean saysIs = gap != null && (gap.contains("为") || gap.contains("是"));
            if (!saysIs || !clause.substring(m.end()).isBlank()) {
                return null;
            }
        }
        boolean written = num.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',');
        return new Match(p, m.start(), m.end(), value, atLeast, written, span);
    }

    /** Longest number read from prose: the readers take no cell of 10^15 or more, nor more than six decimals. */
    private static final int MAX_DIGITS = 22;

    private static final Set<Quantity> DECISION_QUANTITIES = Set.of(Quantity.LICENSING, Quantity.PENALTY,
            Quantity.ENFORCEMENT);

    /** Table 二's counts of documents (规章, 行政规范性文件). */
    private static boolean isDocument(Quantity q) {
        return switch (q) {
            case REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE, NORMATIVE_ISSUED, NORMATIVE_REPEALED,
                 NORMATIVE_IN_FORCE -> true;
            default -> false;
        };
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ preparing a line

    /**
     * The same text, same length, with full-width digits made ASCII and every balanced
     * parenthesised aside (brackets included) replaced by ※.
     */
    static String mask(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '０' && c[i] <= '９') {
                c[i] = (char) ('0' + (c[i] - '０'));
            }
        }
        int[] stack = new int[c.length];
        int depth = 0;
        boolean[] masked = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '（' || c[i] == '(') {
                stack[depth++] = i;
            } else if ((c[i] == '）' || c[i] == ')') && depth > 0) {
                int open = stack[--depth];
                for (int k = open; k <= i; k++) {
                    masked[k] = true;
                }
            }
        }
        for (int i = 0; i < c.length; i++) {
            if (masked[i]) {
                c[i] = '※';
            }
        }
        return new String(c);
    }

    /** ，；; and ASCII commas, except a comma between digits that groups thousands (3,119). */
    private static boolean isClauseBreak(String s, int i) {
        char ch = s.charAt(i);
        if (ch == '，' || ch == '；' || ch == ';') {
            return true;
        }
        if (ch != ',') {
            return false;
        }
        boolean digitBefore = i > 0 && isAsciiDigit(s.charAt(i - 1));
        boolean threeAfter = i + 3 < s.length() && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2))
                && isAsciiDigit(s.charAt(i + 3)) && (i + 4 >= s.length() || !isAsciiDigit(s.charAt(i + 4)));
        return !(digitBefore && threeAfter);
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** False when the text names a year (the last one before the clause ends) other than the report's. */
    private static boolean yearFits(String sentenceUpToClauseEnd, OptionalInt reportYear) {
        if (reportYear.isEmpty()) {
            return true;
        }
        Matcher m = YEAR.matcher(sentenceUpToClauseEnd);
        String last = null;
        while (m.find()) {
            String text = sentenceUpToClauseEnd;
            if (CARRY_YEAR_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || CARRY_YEAR_BEFORE.matcher(sentenceUpToClauseEnd.substring(0, m.start())).find()) {
                continue; // 2021年结转 / 结转至2023年度: the years a carry-over comes from or goes to
            }
            last = m.group(1);
        }
        return last == null || Integer.parseInt(last) == reportYear.getAsInt();
    }
}
