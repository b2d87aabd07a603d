// The Chinese catalogue: the same ids and placeholders as messages_en.cc.
#include "engine/message.h"

namespace crossfoot {

// Sorted by id (a test checks it).
extern const std::vector<MessageTemplate> kMessagesZh = {
    {"agree.differs",
     "此处{label}写作 {written}，而{reference_label}为 {reference}：相差 {difference}"},
    {"any-of.none-holds", "各种读法均不成立：{readings}"},
    {"assert.approximate", "{lhs}（允许 ±{tolerance}）与 {rhs} = {rhs_value} 不符"},
    {"assert.fails", "{lhs} {op} {rhs} 不成立：{lhs_value} {negated} {rhs_value}"},
    {"assert.in-column", "列 {column}：{finding}"},
    {"assert.in-row", "行 {row}：{finding}"},
    {"blanks.assumed-zero", "若空白栏为 0，则{finding}（空白栏：{blanks}）"},
    {"breakdown.differs",
     "{parts} = {sum}，但总数写作 {total}：相差 {difference}（所列各项以“其他”收尾，应为全部）"},
    {"breakdown.part-exceeds", "其中一项 {part}（{label}）超过总数 {total}：超出 {difference}"},
    {"breakdown.parts-exceed",
     "{parts} = {sum}，超过总数 {total}：超出 "
     "{difference}（所列各项为互不重叠的分类，其和不应超过总数）"},
    {"change.decrease", "由 {prior} 到 {current} 减少 {computed}，但所写变化为 {stated}"},
    {"change.decrease-percent", "由 {prior} 到 {current} 下降 {computed}%，但所写变化为 {stated}"},
    {"change.increase", "由 {prior} 到 {current} 增加 {computed}，但所写变化为 {stated}"},
    {"change.increase-percent", "由 {prior} 到 {current} 增长 {computed}%，但所写变化为 {stated}"},
    {"correction.none-single", "没有哪一个数字改正后能同时消除这 {count} 处不一致"},
    {"correction.none-single-one",
     "没有哪一个数字单独改正后能消除此处不一致而不破坏其他成立的核对"},
    {"correction.resolves-many", "若将 {written} 改为 {corrected}，{count} 处不一致均可消除"},
    {"correction.resolves-one", "若将 {written} 改为 {corrected}，此处不一致即可消除"},
    {"count.differs", "写明共 {count} 部分，但列出 {listed} 项"},
    {"finding.with-note", "{finding}；{note}"},
    {"flow.differs",
     "收到 {received} 与上年结转 {carried_in} 之和为 {in_total}，但办结 {handled} 与结转下年度 "
     "{carried_out} 之和为 {out_total}：相差 {difference}"},
    {"flow.short",
     "收到 {received}，但办结 {handled} 与结转下年度 {carried_out} 之和只有 {out_total}：少 "
     "{difference}"},
    {"list-separator", "；"},
    {"rate.differs", "{rate}写作 {stated}，但 {numerator} ÷ {base} = {computed}%"},
    {"row-filled.blank",
     "行 {row}：{column} 未填写，但该行有数字（{figures}）：表格填报不完整，空白不等于零"},
    {"separator.missing", "、"},
    {"share.differs", "{part} ÷ {whole} = {computed}%，但所写比例为 {stated}"},
    {"shares.differ",
     "{shares} = {sum}，而非 100%：相差 {difference} 个百分点（所列各项以“其他”收尾，占比之和应为 "
     "100%）"},
    {"shares.exceed",
     "{shares} = {sum}，超过 100%：超出 {difference} "
     "个百分点（所列各项为互不重叠的分类，占比之和不应超过 100%）"},
    {"sum.differs", "{parts} = {sum}，但合计写作 {total}：相差 {difference}"},
    {"sum.exceeds", "{parts} = {sum}，超过所写合计 {total}：超出 {difference}"},
    {"suppression.no-reason", "屏蔽标记 {id} 未写明理由，请说明该数字为何无误"},
    {"suppression.unknown", "屏蔽标记所写的检查项 {id} 不存在"},
    {"suppression.unknown-near", "屏蔽标记所写的检查项 {id} 不存在（是否应为 {near}？）"},
    {"suppression.unused", "屏蔽标记 {id} 未屏蔽任何问题：该检查在此处没有发现（可删除此标记）"},
    {"table-present.column", "列“{pattern}”"},
    {"table-present.incomplete", "表格缺少{missing}：相关核对均未进行"},
    {"table-present.missing", "未找到列标题符合“{pattern}”的表格：缺少该表，相关核对均未进行"},
    {"table-present.row", "行“{pattern}”"},
    {"table-present.row-ambiguous", "行“{pattern}”（符合的行有 {count} 个）"},
    {"whole-counts.fraction", "{written} 不是整数，但此栏统计的是件数"},
    {"whole-counts.negative", "{written} 是负数，但此栏统计的是件数"},
    {"whole-counts.percentage", "{written} 是百分比，但此栏统计的是件数"},
};

}  // namespace crossfoot
