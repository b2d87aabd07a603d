// Reports in Traditional script, read as Simplified: lines of a real one
// (fixtures/real/audited/docs/b1-40-heilongjiang-rfb-2021.txt).
#include "util/simplified.h"

#include <gtest/gtest.h>

#include <string>

#include "read/read_document.h"

namespace crossfoot {
namespace {

const std::string kTraditional =
    "(一)主動公開情況\n"
    "2021年,省人防辦在政府信息公開目錄主動公開信息2條,除涉密事項外,按照統一部署及時向社會公開。"
    "全年,省政府龍江要聞發布人防系統信息9條,黑龍江省人防信息網發布人防信息121條。\n"
    "(二)依申請公開情況\n"
    "2021年,共接到網上政務信息公開平台民眾申請的依申請公開答覆內容68條,嚴格按照法定時限答覆,"
    "出具依申請公開信息答覆書144份。\n";

TEST(Simplified, TraditionalTextIsToldFromSimplified) {
  EXPECT_TRUE(LooksTraditional(kTraditional));
  // The same report's vocabulary as Simplified offices write it.
  EXPECT_FALSE(LooksTraditional(
      "2021年,省人防办在政府信息公开目录主动公开信息2条,除涉密事项外,按照统一部署及时向社会公开。"
      "全年,共接到网上政务信息公开平台民众申请的依申请公开答复内容68条,严格按照法定时限答复。"));
  // A Simplified report quoting a few Traditional words stays Simplified.
  EXPECT_FALSE(LooksTraditional("本年度收到申请100件,其中“開放政府”栏目申请20件。"));
}

TEST(Simplified, ReadAsSimplifiedWithPositionsAsWritten) {
  Result<Document> read = ParseDocument("trad.txt", kTraditional);
  ASSERT_TRUE(read.ok());
  const Document& doc = read.value();
  EXPECT_EQ(doc.script, "Traditional, read as Simplified");
  EXPECT_EQ(doc.source, kTraditional);  // the text as written is kept for display
  const Block* applications = nullptr;
  for (const Block& b : doc.blocks) {
    if (b.text.text.find("共接到网上政务信息公开平台民众申请") != std::string::npos)
      applications = &b;
  }
  ASSERT_NE(applications, nullptr);
  // Characters are converted one by one, so a phrase's own form is not taken (答覆 keeps 覆,
  // which Simplified also writes); 68 is found where it stands in the file as written.
  const std::string& text = applications->text.text;
  const size_t at = text.find("68条");
  const size_t source = applications->text.Source(at, at + 2).begin;
  EXPECT_EQ(doc.source.substr(source, 5), "68條");
}

}  // namespace
}  // namespace crossfoot
