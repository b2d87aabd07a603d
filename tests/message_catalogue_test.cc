// The message catalogues (engine/messages_en.cc, messages_zh.cc): both languages have the same
// templates with the same placeholders, every template is rendered from a real audit in the
// goldens tests/golden/messages.{en,zh}.txt (UPDATE_GOLDEN=1 rewrites them), and no English
// word stands in a Chinese message.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/audit.h"
#include "engine/message.h"
#include "read/read_document.h"
#include "rules/pack_loader.h"

namespace crossfoot {
namespace {

std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> out;
  for (size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
    size_t end = text.find('}', at);
    if (end != std::string::npos) out.insert(text.substr(at + 1, end - at - 1));
  }
  return out;
}

TEST(MessageCatalogue, BothLanguagesHaveTheSameTemplatesAndPlaceholders) {
  const auto& en = MessageCatalogue("en");
  const auto& zh = MessageCatalogue("zh");
  ASSERT_EQ(en.size(), zh.size());
  for (size_t i = 0; i < en.size(); ++i) {
    EXPECT_EQ(std::string(en[i].id), zh[i].id);
    EXPECT_EQ(Placeholders(en[i].text), Placeholders(zh[i].text)) << en[i].id;
    if (i > 0) {
      EXPECT_LT(std::string(en[i - 1].id), en[i].id) << "the catalogue is sorted by id";
    }
  }
}

TEST(MessageCatalogue, AMissingValueRendersTheIdInsteadOfThrowing) {
  EXPECT_EQ(RenderMessage(Message("sum.differs", {{"parts", "1 + 2"}}), "zh"),
            "sum.differs parts=1 + 2");
  EXPECT_EQ(RenderMessage(Message("no.such.id", {}), "en"), "no.such.id");
}

// One audit per case: a pack, a document, and the findings it gives.
struct Case {
  const char* name;
  const char* pack;
  std::string doc;
};

const char* kSum = R"(pack: t
facts:
  total: { label: 累计总数, text: "共{n}条" }
  city: { label: 市本级, text: "市本级{n}条" }
  county: { label: 县区, text: "县区{n}条" }
checks:
  - id: SUM
    sum: [city, county]
    equals: total
  - id: AT-MOST
    sum: [city]
    at-most: total
)";

const char* kMoney = R"(pack: t
facts:
  fee: { label: 正文收费金额, text: "收取费用{n}元" }
  table: { label: 表中收费金额, table: { row: "行政事业性收费", column: "收费金额" } }
checks:
  - id: FEE
    agree: [fee, table]
)";

const char* kApproximate = R"(pack: t
tolerance: { approximate: "5%" }
facts:
  days: { label: 缩短工作日, text: "共{n}个工作日" }
  items: { label: 取消事项, text: "取消{n}项" }
  avg: { label: 平均缩短, text: "平均缩短约?{n}个工作日" }
checks:
  - id: AVG
    assert: "avg == days / items"
)";

const char* kAnyOf = R"(pack: t
facts:
  received: { label: 收到申请, text: "收到申请{n}件" }
  new: { label: 本年新收, text: "新收{n}件" }
  carried: { label: 上年结转, text: "上年结转{n}件" }
checks:
  - id: ANY
    any-of: ["received == new", "received == new + carried"]
)";

const char* kShare = R"(pack: t
facts:
  received: { label: 受理, text: "受理{n}件" }
  answered: { label: 答复, text: "答复{n}件" }
  rate: { label: 办结率, text: "办结率达{n}" }
checks:
  - id: RATE
    share: rate
    part: answered
    whole: received
)";

const char* kBreakdown = R"(pack: t
checks:
  - id: LIST
    breakdown: "共公布政府信息{total}条"
)";

const char* kStatements = R"(pack: t
checks:
  - id: PARTS
    statement: breakdowns
  - id: SHARES
    statement: shares
  - id: SHARE-LISTS
    statement: share-lists
  - id: RATES
    statement: rates
  - id: COUNTS
    statement: counts
  - id: AGAIN
    statement: restatements
  - id: FLOW
    statement: flows
    received: [收到]
    carried-in: [上年结转]
    handled: [办结]
    carried-out: [结转下年]
)";

const char* kTable = R"(pack: t
checks:
  - id: ROW
    each-row: "自然人"
    columns: { a: "自然人", b: "法人", total: "总计" }
    assert: "total == a + b"
  - id: BAL
    each-column: "自然人"
    rows: { new: "本年新收", carried: "上年结转", handled: "总计$", forward: "结转下年度" }
    assert: "new + carried == handled + forward"
  - id: SUM
    each-column: "自然人"
    rows: { handled: "总计$" }
    range: { name: outcomes, from: "予以公开$", before: "总计$" }
    assert: "outcomes == handled"
  - id: FILLED
    severity: warning
    row-filled: "自然人"
    required: "总计$"
    parts: "自然人|法人"
  - id: COUNTS
    whole-counts: "自然人"
  - id: PRESENT
    severity: note
    table-present: "自然人"
    rows: ["本年新收", "上年结转", "行政复议", "公开$"]
    columns: ["总计$", "商业企业"]
)";

const char* kChange = R"(pack: t
facts:
  car:
    label: 公务用车
    text: "支出{current}万元,比上年{prior}万元下降{amount}万元,下降{pct}。"
checks:
  - id: PCT
    change: car.pct
    direction: decrease
    current: car.current
    prior: car.prior
  - id: AMOUNT
    change: car.amount
    direction: decrease
    current: car.current
    prior: car.prior
)";

const char* kChangeUp = R"(pack: t
facts:
  car:
    label: 公务接待
    text: "支出{current}万元,比上年{prior}万元增加{amount}万元,增长{pct}。"
checks:
  - id: PCT
    change: car.pct
    direction: increase
    current: car.current
    prior: car.prior
  - id: AMOUNT
    change: car.amount
    direction: increase
    current: car.current
    prior: car.prior
)";

std::string Table(const std::string& new_a, const std::string& granted_a,
                  const std::string& handled_total, const std::string& granted_b = "0",
                  const std::string& carried = "1 | 0", const std::string& handled_a = "3") {
  std::string t = "| 项目 | 自然人 | 法人 | 总计 |\n|---|---|---|---|\n";
  t += "| 一、本年新收 | " + new_a + " | 1 | 5 |\n";
  t += "| 二、上年结转 | " + carried + " | 1 |\n";
  t += "| (一)予以公开 | " + granted_a + " | " + granted_b + " | 2 |\n";
  t += "| (二)部分公开 | 1 | 1 | 2 |\n";
  t += "| (七)总计 | " + handled_a + " | 1 | " + handled_total + " |\n";
  t += "| 四、结转下年度 | 2 | 0 | 2 |\n";
  return t;
}

std::vector<Case> Cases() {
  return {
      {"sum", kSum, "共579574条,市本级443610条,县区136006条。"},
      {"sum-exceeds", kSum, "共400000条,市本级443610条,县区136006条。"},
      {"money-unit", kMoney,
       "收取费用45.54万元。\n\n| 项目 | 本年收费金额(单位:万元) |\n|---|---|\n"
       "| 行政事业性收费 | 455.4 |\n"},
      {"approximate", kApproximate, "取消129项(共260个工作日),平均缩短约5.5个工作日。"},
      {"share", kShare, "受理1235件,答复1222件,办结率达100%。"},
      {"breakdown", kBreakdown, "共公布政府信息2599条，其中政策文件1000条，其他1500条。"},
      {"breakdown-part", kBreakdown, "共公布政府信息2599条，其中政策文件3000条，规划计划100条。"},
      {"statement-parts", kStatements,
       "2014年我镇主动公开政府信息数160条,其中,综合政务59条;人事工作信息1条;财政信息5条;教育8条;"
       "重要工作会议22条;安全监管45条;监察信息22条。"},
      {"statement-shares", kStatements,
       "2022年全年主动公开政府信息500条，其中规范性文件占40%，工作动态占50%，人事信息占30%。"},
      {"statement-shares-other", kStatements,
       "2022年共收到申请300件，其中网上申请占50%，信函申请占20%，其他方式占10%。"},
      {"statement-rate", kStatements, "2023年共受理政府信息公开申请10件，办结12件，办结率100%。"},
      {"statement-count", kStatements,
       "本报告由概述、主动公开情况、依申请公开情况、附表五部分组成。"},
      {"statement-flow", kStatements, "收到申请42件，上年结转2件，办结36件，结转下年度3件。"},
      {"statement-flow-short", kStatements, "收到申请42件，办结36件，结转下年度3件。"},
      {"statement-again", kStatements,
       "截止2010年末,街道累计公开信息总数24条。截止2010年末,街道累计公开信息总数13条。"},
      {"any-of", kAnyOf, "收到申请107件，其中新收97件，上年结转7件。"},
      // One wrong cell: its row and its column no longer add up; the cell is named.
      {"table-cell", kTable, Table("4", "3", "4")},
      // Two cells of one row wrong: no single figure explains the three findings.
      {"table-two-cells", kTable, Table("4", "3", "4", "1")},
      {"table-blank", kTable, Table("4", "2", "")},
      {"table-counts", kTable, Table("-1", "2.5", "4", "50%")},
      // One application moved between two columns: each column's balance fails alone, and
      // changing any of its figures would break a row or an outcome sum that holds.
      {"table-moved", kTable, Table("4", "2", "4", "0", "0 | 1")},
      {"table-missing", kTable, "一、总体情况\n\n本年收到申请5件。\n"},
      {"blank-as-zero", kTable, Table("4", "2", "4", "0", "1 | 0", "/")},
      // Stated changes against the two years: amount and percentage both wrong.
      {"change-decrease", kChange, "支出124万元,比上年148万元下降20万元,下降18%。"},
      // Suppression markers: an unknown id (with and without a near one), no reason, unused.
      {"suppression-unknown", kSum,
       "<!-- crossfoot-ignore: SUMM 编号写错 -->\n\n<!-- crossfoot-ignore: ZZZZZZZZ 编号写错 "
       "-->\n\n"
       "共579574条,市本级443610条,县区136006条。"},
      {"suppression-unused", kSum,
       "<!-- crossfoot-ignore: SUM -->\n\n共579616条,市本级443610条,县区136006条。"},
      {"change-increase", kChangeUp, "支出148万元,比上年124万元增加20万元,增长15%。"},
  };
}

void CollectIds(const Message& m, std::set<std::string>* ids) {
  ids->insert(m.id);
  for (const Message& p : m.parts) CollectIds(p, ids);
}

std::string Rendered(std::set<std::string>* ids, const char* language) {
  std::ostringstream out;
  for (const Case& c : Cases()) {
    Diagnostics diags;
    std::optional<Pack> pack = LoadPackText("p.yaml", c.pack, &diags);
    EXPECT_TRUE(pack.has_value()) << c.name;
    if (!pack) continue;
    Result<Document> doc = ParseDocument("d.md", c.doc);
    EXPECT_TRUE(doc.ok()) << c.name;
    FileReport report = AuditDocument(doc.value(), {&*pack}, true);
    EXPECT_FALSE(report.findings.empty()) << c.name;
    for (const Finding& f : report.findings) {
      CollectIds(f.what, ids);
      out << c.name << " " << f.rule_id << ": "
          << (std::string_view(language) == "zh" ? f.message_zh : f.message) << "\n";
      for (const Location& l : f.related) out << "    " << l.label << " " << l.written << "\n";
    }
  }
  return out.str();
}

void CompareWithGolden(const std::string& text, const std::string& name) {
  std::string path = std::string(CROSSFOOT_SOURCE_DIR) + "/tests/golden/" + name;
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << text;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream golden;
  golden << in.rdbuf();
  EXPECT_EQ(text, golden.str()) << "rewrite with UPDATE_GOLDEN=1 and review the diff: " << path;
}

TEST(MessageCatalogue, EveryTemplateIsShownInBothLanguages) {
  std::set<std::string> ids;
  CompareWithGolden(Rendered(&ids, "en"), "messages.en.txt");
  CompareWithGolden(Rendered(&ids, "zh"), "messages.zh.txt");
  for (const MessageTemplate& t : MessageCatalogue("en")) {
    std::string id = t.id;
    if (id == "list-separator" || id.starts_with("separator.")) continue;
    EXPECT_TRUE(ids.count(id) != 0) << "no golden case shows " << id;
  }
}

TEST(MessageCatalogue, TheChineseGoldensHaveNoEnglishWord) {
  std::ifstream in(std::string(CROSSFOOT_SOURCE_DIR) + "/tests/golden/messages.zh.txt");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    // The case name and the rule id open the line; the message follows ": ".
    size_t colon = line.find(": ");
    std::string message = colon == std::string::npos ? line : line.substr(colon + 2);
    // Check ids (SUM, GIS21-X-FEE) are names, not words: capitals, digits and hyphens.
    static const RE2 kCheckId(R"(\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b)");
    RE2::GlobalReplace(&message, kCheckId, "#");
    int letters = 0;
    for (char ch : message) {
      letters = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ? letters + 1 : 0;
      EXPECT_LT(letters, 2) << "an English word in line " << n << ": " << line;
      if (letters >= 2) break;
    }
  }
  EXPECT_GT(n, 10);
}

}  // namespace
}  // namespace crossfoot
