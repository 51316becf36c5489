package io.github.crossfoot.narrative;

import io.github.crossfoot.rules.internal.Messages;

/**
 * A figure that a report's prose can state about its own tables (三 and 四; 二's documents, decisions
 * and fees), as the phrasings of
 * {@link ClaimReader} know it. Which cells it is, and how they are labelled, is the format's
 * business: each rule file declares its quantities by these ids in its tables
 * ({@code quantity withheld "…" = sum[handled.withheld.state_secret .. handled.withheld.inquiry, total]}),
 * and a figure its format does not declare is not checked.
 */
enum Quantity {
    NEW_TOTAL("received", "收到申请", "applications received"),
    NEW_NATURAL("received.natural_person", "自然人申请", "applications from natural persons"),
    NEW_LEGAL("received.legal_entity", "法人或其他组织申请", "applications from legal persons and other organisations"),
    CARRIED_OVER("carried_over", "上年结转", "carried over from last year"),
    DISCLOSED_AND_PARTIAL("disclosed_or_partial", "予以公开及部分公开", "disclosed in full or in part"),
    DISCLOSED("disclosed", "予以公开", "disclosed"),
    PARTIAL("partial", "部分公开", "partly disclosed"),
    WITHHELD("withheld", "不予公开", "withheld"),
    UNAVAILABLE("unavailable", "无法提供", "unavailable"),
    NOT_PROCESSED("not_processed", "不予处理", "not processed"),
    HANDLED_TOTAL("handled", "办结", "handled in total"),
    CARRIED_FORWARD("carried_forward", "结转下年度", "carried forward"),
    RECONSIDERATION("reconsideration", "行政复议", "administrative reconsiderations"),
    LITIGATION("litigation", "行政诉讼", "lawsuits"),
    LITIGATION_DIRECT("litigation_direct", "直接起诉", "lawsuits without reconsideration"),
    LITIGATION_AFTER("litigation_after_reconsideration", "复议后起诉", "lawsuits after reconsideration"),
    REVIEWS_ALL("reconsideration_and_litigation", "行政复议和行政诉讼", "reconsiderations and lawsuits together"),
    REGULATIONS_ISSUED("regulations.issued", "制发规章", "regulations issued"),
    REGULATIONS_REPEALED("regulations.repealed", "废止规章", "regulations repealed"),
    REGULATIONS_IN_FORCE("regulations.in_force", "现行有效规章", "regulations in force"),
    NORMATIVE_ISSUED("normative_documents.issued", "制发行政规范性文件", "normative documents issued"),
    NORMATIVE_REPEALED("normative_documents.repealed", "废止行政规范性文件", "normative documents repealed"),
    NORMATIVE_IN_FORCE("normative_documents.in_force", "现行有效行政规范性文件", "normative documents in force"),
    LICENSING("licensing", "行政许可决定", "licensing decisions"),
    PENALTY("penalty", "行政处罚决定", "penalty decisions"),
    ENFORCEMENT("enforcement", "行政强制决定", "enforcement decisions"),
    /** An amount in 万元, not a count. */
    FEES("fees", "行政事业性收费", "administrative fees (10,000 yuan)");

    private final String id;
    private final String zhGloss;
    private final String enGloss;

    Quantity(String id, String zhGloss, String enGloss) {
        this.id = id;
        this.zhGloss = zhGloss;
        this.enGloss = enGloss;
    }

    /** The id a rule file gives the quantity ({@code quantity received = [new, total]}). */
    String id() {
        return id;
    }

    /** A few words naming the figure in a sentence, in each language: {@code 予以公开} / {@code disclosed}. */
    Messages.Text gloss() {
        return new Messages.Text(zhGloss, enGloss);
    }
}
