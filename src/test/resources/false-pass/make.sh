#!/usr/bin/env bash
# Makes the fixtures of issue 8 ("never a false pass") by small edits to the bundled examples and to
# the generated HTML fixture, as a user trying the tool would. Run from this folder; the outputs are
# committed. Each file's expected outcome is asserted in FalsePassCasesTest.
set -euo pipefail
ex=../../../../examples
html=../fixtures/g21-html-consistent.html
TAB=$'\t'

# 1. A table heading that appears twice.
{ cat "$ex/example-2023-with-errors.txt"; echo; echo "附件：2022年度政府信息公开情况统计表";
  sed -n '/^二、主动公开/,/^五、/p' "$ex/example-2022-previous-year.txt" | sed '$d'; } > appendix-quoting-last-year.txt
{ cat "$ex/example-2023-with-errors.txt"; echo; cat "$ex/example-2023-consistent.txt"; } > faulty-then-correct.txt
{ cat "$ex/example-2023-consistent.txt"; echo; echo "附：2022年度申请办理情况";
  sed -n '/^三、收到和处理/,/^四、政府信息公开行政复议/p' "$ex/example-2022-previous-year.txt" | sed '$d' \
    | sed "s/^(一) 予以公开${TAB}21/(一) 予以公开${TAB}12/;s/${TAB}(一) 予以公开${TAB}21/${TAB}(一) 予以公开${TAB}12/"; } > correct-then-quoted-older.txt

# 2. Footnote marks and stray text.
sed "s/^行政许可${TAB}1268/行政许可${TAB}1268①/;s/^\(二、上年结转政府信息公开申请数量${TAB}${TAB}\)2${TAB}/\12①${TAB}/" \
  "$ex/example-2023-consistent.txt" > marks-circled.txt
sed "s/^行政许可${TAB}1268/行政许可${TAB}1268¹/;s/^\(二、上年结转政府信息公开申请数量${TAB}${TAB}\)2${TAB}/\12²${TAB}/" \
  "$ex/example-2023-consistent.txt" > marks-superscript.txt
licensing='<td>行政许可<\/td>'
for v in 'sup:404<sup>1<\/sup>' 'paragraphs:<p>404<\/p><p>3<\/p>' 'br:7<br>0' 'space:7 0'; do
  name=${v%%:*}; cell=${v#*:}
  sed "/$licensing/{n;s/>0<\/td>/>$cell<\/td>/}" "$html" > "licensing-$name.html"
done

# 3. Column headers read by their labels.
sed "s/${TAB}商业企业${TAB}科研机构${TAB}/${TAB}科研机构${TAB}商业企业${TAB}/" "$ex/example-2023-consistent.txt" > swapped-applicant-columns.txt
sed "s/^结果维持${TAB}结果纠正${TAB}/结果纠正${TAB}结果维持${TAB}/" "$ex/example-2023-consistent.txt" > swapped-review-columns.txt
# Two years of one body: by position this year's 上年结转 equals last year's 结转下年度; by label it does not.
sed "s/示例市示例局/示例乡示例所/g" "$ex/example-2022-previous-year.txt" > carry-2022.txt
sed -e "s/示例县示例局/示例乡示例所/g" -e "s/共收到政府信息公开申请67件，上年结转2件/共收到政府信息公开申请65件，上年结转4件/" \
    -e "s/^\(一、本年新收政府信息公开申请数量${TAB}${TAB}\)55${TAB}8${TAB}0${TAB}1${TAB}3${TAB}0${TAB}67/\154${TAB}7${TAB}0${TAB}1${TAB}3${TAB}0${TAB}65/" \
    -e "s/^\(二、上年结转政府信息公开申请数量${TAB}${TAB}\)2${TAB}0${TAB}0${TAB}0${TAB}0${TAB}0${TAB}2/\13${TAB}1${TAB}0${TAB}0${TAB}0${TAB}0${TAB}4/" \
    "$ex/example-2023-consistent.txt" > carry-2023.txt
sed "s/${TAB}商业企业${TAB}科研机构${TAB}/${TAB}科研机构${TAB}商业企业${TAB}/" carry-2023.txt > carry-2023-swapped-header.txt
