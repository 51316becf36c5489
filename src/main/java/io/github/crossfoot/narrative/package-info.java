/**
 * Narrative vs table: checks the figures a report's prose (一、总体情况 and elsewhere) states about
 * its own tables 二, 三 and 四 against the cells. Entry point: {@link io.github.crossfoot.narrative.NarrativeCheck}.
 *
 * <h2>What is read</h2>
 * Numbers may be Arabic (4件, 3,119件), full-width (４件) or Chinese (两件, 十二件, 一百零五件,
 * 三千一百一十九件); units 件, 个, 份, 宗, 条, 起, 例, 次. 140余件, 140多件, 逾140件, 超过140件, 不少于140件 and
 * 140件以上 are lower bounds; 约/近/将近/不到 and 左右/以内/以下 are not read at all. Without a unit a number
 * is read only after 为/是 at the end of its clause (申请数量为0).
 * <table>
 *   <caption>Phrasings</caption>
 *   <tr><th>Cell(s)</th><th>Examples</th></tr>
 *   <tr><td>applications [new, total]</td><td>共收到政府信息公开申请4件; 本年新收政府信息公开申请数量为3,119件;
 *       共收到4件政府信息公开申请; 未收到(关于)…申请; 未接到…申请; 无政府信息公开申请 (→ 0)</td></tr>
 *   <tr><td>[new, natural_person]</td><td>申请人全为自然人 (→ the table's new total, else the figure just stated);
 *       其中自然人申请3件 (only right after a stated number received)</td></tr>
 *   <tr><td>[new, commercial..other_org]</td><td>法人或其他组织申请1件 (only right after a stated number received)</td></tr>
 *   <tr><td>[carried_over, total]</td><td>上年结转2件; 无上年结转 (→ 0)</td></tr>
 *   <tr><td>[handled.disclosed, total]</td><td>予以公开2件 (not 部分予以公开, not 不予以公开)</td></tr>
 *   <tr><td>[handled.partial, total]</td><td>部分公开2件; 部分予以公开2件</td></tr>
 *   <tr><td>disclosed + partial</td><td>予以公开及部分公开258件</td></tr>
 *   <tr><td>（三）（四）（五） group sums</td><td>不予公开3件; 无法提供265件; 不予处理1件</td></tr>
 *   <tr><td>[handled.total, total]</td><td>共办结政府信息公开申请4件; 全部答复4件; 办理结果总计4件
 *       (a bare 按期办结 is not read)</td></tr>
 *   <tr><td>[carried_forward, total]</td><td>结转下年度继续办理103件; 3件结转至下年度; 无结转下年度 (→ 0)</td></tr>
 *   <tr><td>reviews [all, reconsideration.total]</td><td>被申请行政复议2件; 发生2起…行政复议</td></tr>
 *   <tr><td>litigation_direct.total + litigation_after_reconsideration.total</td><td>被提起行政诉讼1件;
 *       直接起诉1件 / 复议后起诉1件 (each alone)</td></tr>
 *   <tr><td>both groups</td><td>行政复议和行政诉讼各1件; 行政复议和行政诉讼案件0件; 未发生涉及政府信息公开的行政复议和
 *       行政诉讼案件; 未有因信息公开而产生的行政复议事件; 未被提起行政诉讼 (→ 0 for those named)</td></tr>
 *   <tr><td>表二 [regulations | normative_documents, issued]</td><td>制发规章1件; 制定出台行政规范性文件8件;
 *       印发3件行政规范性文件; 未制发行政规范性文件 (→ 0); (the 2019 format: 本年新制作数量)</td></tr>
 *   <tr><td>表二 [… , repealed], [… , in_force]</td><td>废止行政规范性文件26件; 现行有效规章11件</td></tr>
 *   <tr><td>表二 [licensing | penalty | enforcement, decisions]</td><td>办理行政许可447228件; 作出行政处罚决定57件;
 *       采取行政强制措施3件 (units 件, 宗, 起, 次, 例 only)</td></tr>
 *   <tr><td>表二 [fees, amount_10k_yuan]</td><td>收取行政事业性收费96.35万元; 行政事业性收费963500元 (→ 96.35 万元)</td></tr>
 * </table>
 *
 * <h2>What is not read</h2>
 * Table lines (tab- or pipe-separated fields, lines of numbers only); text in parentheses (often
 * about another year); clauses comparing with another period (去年, 上年, 同比, 增加…); sentences naming
 * a year other than the report's; application figures in sentences that do not mention 申请 (or
 * continue one that does with 其中/上述…); 收到/受理…申请 with words between that are not about
 * disclosure (受理各类申请); review figures in sentences that mention neither 信息公开 nor 依申请, or
 * whose clause says 办理/审理/受理 (a body handling others' cases, such as a 司法局); review phrases
 * about one outcome (维持, 纠正, 纠错, 败诉…); statements of none followed by a count in the same
 * clause; phrases about hotlines, petitions, proposals, licences (热线, 信访, 建议, 提案, 许可…) in
 * application sentences; 主动公开 counts of information items (条), 新增公开规章 (what was published, which the
 * 2019 format tells from what was made), 规章制度, applications for a licence and licence items (行政许可申请,
 * 行政许可事项), fees waived or refunded, the 信息处理费 (a fee other than table 二's 行政事业性收费), dates.
 */
package io.github.crossfoot.narrative;
