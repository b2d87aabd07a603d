#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "rules/expression.h"
#include "rules/pack_loader.h"
#include "rules/pattern.h"

namespace crossfoot {
namespace {

TEST(Pattern, PlaceholdersCaptureFigureOffsets) {
  Pattern p = Pattern::Compile("主动公开{n}条");
  ASSERT_TRUE(p.ok()) << p.error();
  std::string text = "全年主动公开1,235条,累计主动公开45.5万条";
  auto matches = p.FindAll(text);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(text.substr(matches[0].placeholders.at("n"), 5), "1,235");
  EXPECT_EQ(text.substr(matches[1].placeholders.at("n"), 4), "45.5");
}

TEST(Pattern, FullWidthBracketsAreLiteral) {
  Pattern p = Pattern::Compile("（一）主动公开{n}条");
  ASSERT_TRUE(p.ok()) << p.error();
  EXPECT_TRUE(p.Matches("(一)主动公开5条"));
}

TEST(Pattern, PlainStringsMatchAsTheRegexWould) {
  // Matches() compares plain strings directly; it must agree with RE2 on every anchoring.
  const char* texts[] = {"总计", "(七)总计", "总计(万元)", "规章",  "行政规章",
                         "a.b",  "a$b",      "",           "3.其他"};
  const char* patterns[] = {"总计",  "总计$",     "^总计", "^规章$", "规章$",     "a\\.b",
                            "a\\$b", "3\\.其他$", "^",     "$",      "（七）总计"};
  for (const char* source : patterns) {
    Pattern plain = Pattern::Compile(source, false);
    Pattern regex = Pattern::Compile(std::string("(?:") + source + ")", false);
    ASSERT_TRUE(plain.ok() && regex.ok()) << source;
    for (const char* text : texts) {
      EXPECT_EQ(plain.Matches(text), regex.Matches(text)) << source << " on " << text;
    }
  }
}

TEST(Pattern, ThePrefilterNeverLosesAMatch) {
  // RE2's FilteredRE2 atoms are searched for before RE2 runs; optional and alternated parts
  // must not be taken as required.
  struct Case {
    const char* pattern;
    const char* text;
    bool matches;
  };
  const Case cases[] = {
      {"行政复议共?{n}件", "行政复议5件", true},
      {"网[上络][^,]{0,12}申请{n}件", "网上提交申请3件", true},
      {"(?:新收|收到)申请{n}件", "收到申请3件", true},
      {"上年结转(?:政府信息公开)?(?:申请)?{n}件", "上年结转3件", true},
      {"结转申请?{n}件", "结转申3件", true},
      {"a|申请{n}件", "a", false},  // no placeholder matched, but the alternation is honoured
      {"办结率(?:达|为)?{n}", "办结率达100%", true},
      {"予以公开{n}件", "部分公开3件", false},
      // A leading group of plain alternatives: one of them must be there, any one will do.
      {"(?:访谈解读|在线访谈){n}[条次]", "开展在线访谈12次", true},
      {"(?:访谈解读|在线访谈){n}[条次]", "访谈解读3条", true},
      {"(?:访谈解读|在线访谈){n}[条次]", "在线解读3条", false},
      {"(?:访谈解读|在线访谈)?{n}[条次]", "共3条", true},          // the group may be absent
      {"(?:在(?:线|场)访谈|访谈解读){n}次", "在场访谈3次", true},  // a nested group
      {"(?:在(?:线|场)访谈|访谈解读){n}次", "访谈3次", false},
      // Top-level alternatives: each brings its own required run.
      {"{n}件总计$|合计{m}$", "合计12", true},
      {"{n}件总计$|合计{m}$", "3件总计", true},
      {"{n}件总计$|合计{m}$", "总数12", false},
      {"a[|]b{n}|c{m}", "a|b3", true},  // a bar in a class does not alternate
      {"(?:x|y)z{n}|w{m}", "yz5", true},
      // Case-insensitive patterns are never prefiltered by their literal text.
      {"(?i)total{n}", "TOTAL5", true},
      {"(?i)ΣΥΝΟΛΟ{n}", "σύνολο5", false},
      {"(?i)Σ{n}", "σ5", true},
      // A ']' first in a class is a member, not its end (issue #16: this bound nothing).
      {"[]甲]乙{n}件", "甲乙5件", true},
      {"[]甲]乙{n}件", "]乙5件", true},
      {"(?:[]甲]乙{n}件)", "甲乙5件", true},
      {"[^]甲]乙{n}件", "丙乙5件", true},
      {"[^]甲]乙{n}件", "甲乙5件", false},
  };
  for (const Case& c : cases) {
    Pattern p = Pattern::Compile(c.pattern);
    ASSERT_TRUE(p.ok()) << c.pattern << ": " << p.error();
    PatternMatch m;
    EXPECT_EQ(p.Find(c.text, &m) && !m.placeholders.empty(), c.matches) << c.pattern;
    EXPECT_EQ(!p.FindAll(c.text).empty(), p.Find(c.text, &m)) << c.pattern;
    EXPECT_EQ(p.Matches(c.text), p.Find(c.text, &m)) << c.pattern;
    // The same answers as plain RE2 (fuzz/pattern_fuzz.cc checks this on arbitrary input).
    EXPECT_EQ(p.Matches(c.text), p.MatchesUnfiltered(c.text)) << c.pattern;
    EXPECT_EQ(p.FindAll(c.text).size(), p.FindAllUnfiltered(c.text).size()) << c.pattern;
    // The prefilter noted for the pack cache, used by a later run: the same answers.
    std::optional<PatternPrefilter> noted = p.prefilter();
    ASSERT_TRUE(noted) << c.pattern;
    Pattern later = Pattern::CompileWhenUsed(c.pattern, true, &*noted);
    EXPECT_EQ(later.Matches(c.text), p.Matches(c.text)) << c.pattern;
    EXPECT_EQ(later.FindAll(c.text).size(), p.FindAll(c.text).size()) << c.pattern;
  }
}

// Plain RE2 searching the expanded regex unanchored, match after match: what a pattern's
// matches must be, whichever way Pattern runs RE2.
std::vector<PatternMatch> PlainRe2Matches(const Pattern& p, const RE2& re, std::string_view text) {
  std::vector<PatternMatch> out;
  const std::vector<std::string>& names = p.placeholders();
  std::vector<re2::StringPiece> groups(names.size() + 1);
  size_t pos = 0;
  while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(),
                                        static_cast<int>(groups.size()))) {
    PatternMatch m;
    m.begin = static_cast<size_t>(groups[0].data() - text.data());
    m.end = m.begin + groups[0].size();
    for (size_t g = 0; g < names.size(); ++g) {
      if (groups[g + 1].data() != nullptr) {
        m.placeholders[names[g]] = static_cast<size_t>(groups[g + 1].data() - text.data());
      }
    }
    pos = m.end > pos ? m.end : pos + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    out.push_back(m);
  }
  return out;
}

bool SameMatches(const std::vector<PatternMatch>& a, const std::vector<PatternMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end ||
        a[i].placeholders != b[i].placeholders) {
      return false;
    }
  }
  return true;
}

TEST(Pattern, ASearchedPatternMatchesAsPlainRe2) {
  // A pattern compiled when used with its noted prefilter is searched anchored, as
  // `\C*?(regex)`, without RE2's reverse program, and, past a budget of bytes, unanchored as
  // it is: every match and every placeholder's offset must be plain RE2's, on texts long and
  // short (BitState and the NFA), with invalid UTF-8, anchors and word boundaries.
  const char* patterns[] = {
      "主动公开{n}条",
      "收到申请{n}件,办结{m}件",
      "(?:新收|收到)申请{n}件",
      "上年结转(?:政府信息公开)?(?:申请)?{n}件",
      "{n}件总计$|合计{m}$",
      "^共{n}件",
      "(?i)total {n}\\b",
      "received {n} requests?(?: and processed {m})?",
      "办结率(?:达|为)?{n}",
      "{_}件中{n}件",
      "a*",
      "(?:x|y)z{n}|w{m}",
      "\\bprocessed\\b",
      "申请{n}件[^。]{0,40}公开{m}件",
      "(?U)件.*{n}",
  };
  const char* tokens[] = {"主动公开", "条", "件", "收到", "申请", "新收", "办结", "上年结转",
                          "总计", "合计", "共", "1,235", "45.5万", "三十余", "100%", "(3)",
                          "$5 million", "12", "无", "−7", " ", ",", "。", "\n", "total", "TOTAL",
                          "received", "requests", "and processed", "processed", "办结率达", "中",
                          "x", "yz", "w", "a", "\xff", "\xe5\x8a", "公开", "9.5", "percent",
                          // Whole phrases, so that every pattern matches now and then.
                          "收到申请12件,办结3件", "新收申请5件", "共3件", "3件中2件",
                          "received 12 requests and processed 9", "received 1 request",
                          "申请4件,其中公开2件", "主动公开1,235条", "上年结转申请3件", "合计12",
                          "7件总计", "Total 5", "办结率达100%", "件有8"};
  std::mt19937 random(18);
  for (const char* source : patterns) {
    Pattern now = Pattern::Compile(source);
    ASSERT_TRUE(now.ok()) << source << ": " << now.error();
    std::optional<PatternPrefilter> noted = now.prefilter();
    ASSERT_TRUE(noted) << source;
    RE2 reference(now.regex());
    ASSERT_TRUE(reference.ok()) << now.regex();
    Pattern::ResetSearchedBytes();
    Pattern later = Pattern::CompileWhenUsed(source, true, &*noted);
    bool searched = false;
    for (int round = 0; round < 120; ++round) {
      // Every other text with the budget whole (searched anchored), the others as the budget
      // runs out and past it (searched as the pattern is).
      if (round % 2 == 0) Pattern::ResetSearchedBytes();
      std::string text;
      // Mostly short texts, some past BitState's limit (the NFA finds the submatches).
      const size_t count = round % 10 == 0 ? 150 + random() % 250 : random() % 24;
      for (size_t t = 0; t < count; ++t) text += tokens[random() % std::size(tokens)];
      std::vector<PatternMatch> plain = PlainRe2Matches(now, reference, text);
      const size_t before = Pattern::searched_bytes();
      EXPECT_TRUE(SameMatches(later.FindAll(text), plain)) << source << " on " << text;
      searched = searched || Pattern::searched_bytes() > before;
      EXPECT_TRUE(SameMatches(later.FindAllUnfiltered(text), plain)) << source << " on " << text;
      EXPECT_TRUE(SameMatches(now.FindAll(text), plain)) << source << " on " << text;
      EXPECT_EQ(later.Matches(text), !plain.empty()) << source << " on " << text;
    }
    EXPECT_TRUE(searched) << source << ": never searched anchored";
  }
}

TEST(Pattern, PatternsOfTheSameRegexAndPrefilterCompileOnce) {
  // Packs repeat table selectors; a process's patterns with the same regex, groups and noted
  // prefilter share one compilation, and each still answers as the pattern compiled alone.
  Pattern now = Pattern::Compile("合计{n}件");
  std::optional<PatternPrefilter> noted = now.prefilter();
  ASSERT_TRUE(noted);
  Pattern first = Pattern::CompileWhenUsed("合计{n}件", true, &*noted);
  Pattern second = Pattern::CompileWhenUsed("合计{n}件", true, &*noted);
  Pattern other = Pattern::CompileWhenUsed("总计{n}件", true, &*noted);
  Pattern unnoted = Pattern::CompileWhenUsed("合计{n}件", true);
  EXPECT_FALSE(first.compiled_yet());  // not `now`'s, which has no noted prefilter
  EXPECT_FALSE(second.compiled_yet());
  const std::string text = "收到申请合计12件,其中合计3件";
  std::vector<PatternMatch> found = first.FindAll(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(second.compiled_yet());   // compiled by the first
  EXPECT_FALSE(other.compiled_yet());   // another regex
  EXPECT_TRUE(unnoted.compiled_yet());  // `now`'s: neither has a noted prefilter
  EXPECT_TRUE(SameMatches(second.FindAll(text), found));
  EXPECT_TRUE(SameMatches(unnoted.FindAll(text), found));
  EXPECT_TRUE(SameMatches(now.FindAll(text), found));
  EXPECT_EQ(text.substr(found[1].placeholders.at("n"), 1), "3");
}

TEST(Pattern, ANotedPrefilterSparesTheCompileOfATextWithoutItsAtoms) {
  Pattern now = Pattern::Compile("行政复议(?:申请)?{n}件");
  ASSERT_TRUE(now.ok() && now.compiled_yet());
  std::optional<PatternPrefilter> noted = now.prefilter();
  ASSERT_TRUE(noted);
  ASSERT_FALSE(noted->atoms.empty());
  Pattern later = Pattern::CompileWhenUsed("行政复议(?:申请)?{n}件", true, &*noted);
  EXPECT_TRUE(later.FindAll("全年受理诉讼3件").empty());
  EXPECT_FALSE(later.Matches("全年受理诉讼3件"));
  EXPECT_FALSE(later.compiled_yet());  // refused by the atoms alone
  std::string text = "收到行政复议申请12件";
  std::vector<PatternMatch> found = later.FindAll(text);
  EXPECT_TRUE(later.compiled_yet());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].placeholders.at("n"), 2), "12");
  EXPECT_EQ(found[0].begin, now.FindAll(text).at(0).begin);
  // A prefilter that is not whole (an answer missing) is not trusted: RE2 decides.
  PatternPrefilter broken = *noted;
  broken.answers.pop_back();
  Pattern unsure = Pattern::CompileWhenUsed("行政复议(?:申请)?{n}件", true, &broken);
  EXPECT_FALSE(unsure.Matches("全年受理诉讼3件"));
  EXPECT_TRUE(unsure.compiled_yet());
}

TEST(Pattern, APlainStringMatchesWithoutRe2) {
  Pattern later = Pattern::CompileWhenUsed("总计$", false);
  EXPECT_TRUE(later.Matches("(七)总计"));
  EXPECT_FALSE(later.Matches("总计(万元)"));
  EXPECT_FALSE(later.compiled_yet());
}

TEST(Expression, TheNumberOfTermsIsBounded) {
  // a+a+…+a nests as deep as it is long: bounded like parentheses (issue #16).
  std::string sum = "a";
  for (int i = 0; i < 10000; ++i) sum += "+a";
  Result<Assertion> a = ParseAssertion(sum + " == 1");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().find("expression has more than 256 terms and operators"), std::string::npos)
      << a.error();
  std::string fine = "a";
  for (int i = 0; i < 100; ++i) fine += "+a";
  EXPECT_TRUE(ParseAssertion(fine + " == 1").ok());
}

TEST(Pattern, ErrorsAreReportedNotThrown) {
  EXPECT_FALSE(Pattern::Compile("主动公开({n}条").ok());
  EXPECT_NE(Pattern::Compile("(a)b{n}").error().find("capturing"), std::string::npos);
  EXPECT_NE(Pattern::Compile("{n}和{n}").error().find("twice"), std::string::npos);
  EXPECT_FALSE(Pattern::Compile("a{n}", false).ok());
}

TEST(Expression, ParsesPrecedenceAndNames) {
  Result<Assertion> a = ParseAssertion("a.b + c * (d - 2) <= total");
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ(a.value().op, "<=");
  EXPECT_EQ(a.value().Names(), (std::vector<std::string>{"a.b", "c", "d", "total"}));
  EXPECT_EQ(a.value().lhs->kind, Expr::Kind::kAdd);
}

TEST(Expression, ErrorsNameTheColumn) {
  EXPECT_EQ(ParseAssertion("a + ").error(),
            "expected a number or a fact name at column 5 of \"a + \"");
  EXPECT_FALSE(ParseAssertion("a + b").ok());
  EXPECT_FALSE(ParseAssertion("(a <= b").ok());
  std::string deep(100, '(');
  EXPECT_NE(ParseAssertion(deep + "a" + std::string(100, ')') + " == 1").error().find("too deeply"),
            std::string::npos);
}

std::string FirstError(const std::string& yaml) {
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText("p.yaml", yaml, &diags);
  EXPECT_FALSE(pack.has_value());
  return diags.all().empty() ? "" : diags.all().front().ToString();
}

TEST(PackLoader, InvalidYamlIsLocated) {
  EXPECT_EQ(FirstError("pack: x\nchecks: [\n  - a: b\n"),
            "p.yaml:3:3: error: invalid YAML: illegal block entry");
}

TEST(PackLoader, NotAPack) {
  EXPECT_EQ(
      FirstError("- just\n- a list\n"),
      "p.yaml:1:1: error: not a rule pack: expected a mapping with 'pack', 'facts' and 'checks'");
}

TEST(PackLoader, UnknownKeysAreLocated) {
  EXPECT_EQ(FirstError("pack: x\nfacts: {}\nchecks: []\ncheks: []\n"),
            "p.yaml:4:1: error: unknown key 'cheks' in the pack (known: pack, title, description, "
            "language, "
            "version, applies-when, tolerance, columns-by-position, facts, checks, tests)");
}

TEST(PackLoader, UnknownFactInACheck) {
  EXPECT_EQ(
      FirstError("pack: x\nfacts:\n  a: { text: \"a{n}\" }\nchecks:\n  - id: C1\n    sum: [a, b]\n"
                 "    equals: a\n"),
      "p.yaml:5:5: error: check C1 uses unknown fact 'b'");
}

TEST(PackLoader, BadPatternIsLocated) {
  std::string e = FirstError("pack: x\nfacts:\n  a: { text: \"a({n}\" }\nchecks: []\n");
  EXPECT_EQ(e.rfind("p.yaml:3:14: error: pattern \"a({n}\": pattern does not compile", 0), 0u) << e;
}

TEST(PackLoader, UnknownCheckKind) {
  EXPECT_EQ(FirstError("pack: x\nchecks:\n  - id: C1\n    total: [a]\n"),
            "p.yaml:3:5: error: a check needs one of: each-row, each-column, row-filled, "
            "whole-counts, table-present, sum, share, change, agree, assert, any-of, breakdown, "
            "statement");
}

TEST(PackLoader, KindFieldsAreChecked) {
  EXPECT_EQ(
      FirstError("pack: x\nfacts:\n  a: { text: \"a{n}\" }\nchecks:\n  - id: C1\n    sum: [a]\n"),
      "p.yaml:6:5: error: a 'sum' check needs exactly one of 'equals' or 'at-most'");
  EXPECT_EQ(
      FirstError(
          "pack: x\nfacts:\n  a: { text: \"a{n}\" }\nchecks:\n  - id: C1\n    assert: \"a <\"\n"),
      "p.yaml:6:5: error: 'assert': expected a number or a fact name at column 4 of \"a <\"");
}

TEST(PackLoader, AuditingSkipsTheTestsLineForLine) {
  std::string yaml =
      "pack: x\ntests:\n  - doc: |\n      a\n\n      b\n- name: c\n# note\nchecks: []\n";
  EXPECT_EQ(WithoutTests(yaml), "pack: x\n\n\n\n\n\n\n\nchecks: []\n");
  EXPECT_EQ(WithoutTests("tests: []"), "");
}

TEST(PackLoader, AValidPackLoads) {
  Diagnostics diags;
  std::optional<Pack> pack = LoadPackText(
      "p.yaml",
      "pack: x\ntitle: T\napplies-when: { all: [\"报告\"] }\nfacts:\n"
      "  t: { text: \"共{n}条\" }\n  parts: { text: \"{part}条,占{share}\", repeat: true }\n"
      "checks:\n  - id: C1\n    title: t\n    rationale: r\n    sum: [parts.part]\n    at-most: "
      "t\n",
      &diags);
  ASSERT_TRUE(pack.has_value()) << (diags.all().empty() ? "" : diags.all()[0].ToString());
  EXPECT_EQ(pack->facts[1].slots, (std::vector<std::string>{"parts.part", "parts.share"}));
  EXPECT_EQ(pack->checks[0].kind, "sum");
  EXPECT_TRUE(pack->applies_when.Accepts("年度报告"));
  EXPECT_FALSE(pack->applies_when.Accepts("年度总结"));
}

}  // namespace
}  // namespace crossfoot
