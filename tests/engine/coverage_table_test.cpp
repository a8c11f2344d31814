// tests/conformance/COVERAGE.md maps the items of the core-language issue, the object-model
// issue and issue 5 to conformance programs, one table each. These tests keep the tables
// honest: the programs they list exist, every item has at least three of them, at least a
// quarter of each table's programs are error programs, and a program's marking agrees with
// what it does.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "test_files.h"

namespace fs = std::filesystem;
using rw::testing::readFile;
using rw::testing::splitLines;

namespace {

const fs::path kConformance = fs::path(REWIND_SOURCE_DIR) / "tests" / "conformance";
const fs::path kTable = kConformance / "COVERAGE.md";

struct Item {
  int line = 0;
  int table = 0;  // 0: the core language (issue 3), 1: the object model (issue 4), 2: issue 5
  std::string section;
  std::string name;
  std::vector<std::string> programs;       // plain programs
  std::vector<std::string> errorPrograms;  // programs that raise errors
};

std::string trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

// The cells of a Markdown table row "| a | b |" ("|" inside a cell is not used by the table).
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> result;
  size_t start = 1;
  for (size_t bar = row.find('|', start); bar != std::string::npos; bar = row.find('|', start)) {
    result.push_back(trim(row.substr(start, bar - start)));
    start = bar + 1;
  }
  return result;
}

std::vector<std::string> backticked(const std::string& cell) {
  static const std::regex quoted("`([^`]*)`");
  std::vector<std::string> names;
  for (std::sregex_iterator it(cell.begin(), cell.end(), quoted), end; it != end; ++it)
    names.push_back((*it)[1].str());
  return names;
}

// The rows of the items table: | Section | Item | Programs | Error programs | Also checked by |
std::vector<Item> readItems() {
  std::vector<Item> items;
  std::vector<std::string> lines = splitLines(readFile(kTable));
  int table = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("| Section |", 0) == 0) ++table;
    if (lines[i].rfind("|", 0) != 0) continue;
    std::vector<std::string> row = cells(lines[i]);
    if (row.size() != 5 || row[0] == "Section" || row[0].rfind("---", 0) == 0) continue;
    items.push_back(Item{static_cast<int>(i + 1), table, row[0], row[1], backticked(row[2]),
                         backticked(row[3])});
  }
  return items;
}

bool hasExceptClause(const std::string& source) {
  static const std::regex clause(R"((^|\n)[ \t]*except\b)");
  return std::regex_search(source, clause);
}

std::string where(const Item& item) {
  return "COVERAGE.md line " + std::to_string(item.line) + " (" + item.name + ")";
}

TEST(CoverageTable, ListsItemsOfEverySection) {
  ASSERT_TRUE(fs::exists(kTable)) << kTable;
  std::vector<Item> items = readItems();
  EXPECT_GE(items.size(), 100u) << "the table lost its rows";
  std::set<std::string> sections, names;
  for (const Item& item : items) {
    sections.insert(item.section);
    EXPECT_TRUE(names.insert(item.section + " / " + item.name).second)
        << where(item) << ": listed twice";
  }
  for (const char* section : {"Literals and tokens", "Expressions and statements", "Containers",
                              "Functions", "Scopes", "Builtins", "Modules", "Determinism", "Errors",
                              "Generators", "Coroutines", "Imports", "Match"})
    EXPECT_TRUE(sections.count(section)) << "no rows for section " << section;
}

TEST(CoverageTable, ListsTheObjectModelItems) {
  std::set<std::string> sections;
  size_t rows = 0;
  for (const Item& item : readItems()) {
    if (item.table != 1) continue;
    ++rows;
    sections.insert(item.section);
  }
  EXPECT_GE(rows, 40u) << "the object-model table lost its rows";
  EXPECT_EQ(sections, (std::set<std::string>{"Classes", "Exceptions", "Modules"}));
}

TEST(CoverageTable, ListedProgramsExist) {
  for (const Item& item : readItems()) {
    for (const auto* list : {&item.programs, &item.errorPrograms})
      for (const std::string& program : *list) {
        EXPECT_EQ(fs::path(program).extension(), ".py") << where(item) << ": " << program;
        EXPECT_TRUE(fs::is_regular_file(kConformance / program))
            << where(item) << ": no program tests/conformance/" << program;
      }
  }
}

TEST(CoverageTable, EveryItemHasThreeDistinctPrograms) {
  for (const Item& item : readItems()) {
    std::set<std::string> distinct(item.programs.begin(), item.programs.end());
    distinct.insert(item.errorPrograms.begin(), item.errorPrograms.end());
    EXPECT_GE(distinct.size(), 3u) << where(item);
    EXPECT_EQ(distinct.size(), item.programs.size() + item.errorPrograms.size())
        << where(item) << ": a program is listed twice";
  }
}

// An error program raises errors: it handles some (has an except clause) or ends with an
// uncaught exception (exit status 1, or 130 for a KeyboardInterrupt). A program ending that
// way must be marked as one.
TEST(CoverageTable, ErrorMarkingsMatchThePrograms) {
  std::map<std::string, bool> marking;
  for (const Item& item : readItems()) {
    for (const auto* list : {&item.programs, &item.errorPrograms}) {
      bool isError = list == &item.errorPrograms;
      for (const std::string& program : *list) {
        auto [it, inserted] = marking.emplace(program, isError);
        EXPECT_TRUE(inserted || it->second == isError)
            << where(item) << ": " << program << " is marked both ways";
      }
    }
  }
  for (const auto& [program, isError] : marking) {
    fs::path path = kConformance / program;
    if (!fs::exists(path)) continue;
    std::string exit = readFile(fs::path(path).replace_extension(".exit"));
    bool uncaught = exit == "1\n" || exit == "130\n";
    bool handles = hasExceptClause(readFile(path));
    if (isError)
      EXPECT_TRUE(uncaught || handles) << program << " is marked as an error program";
    else
      EXPECT_FALSE(uncaught) << program << " ends with an uncaught exception: mark it";
  }
}

TEST(CoverageTable, AQuarterOfEachTablesProgramsAreErrorPrograms) {
  std::vector<Item> items = readItems();
  int tables = 0;
  for (const Item& item : items)
    tables = std::max(tables, item.table + 1);
  EXPECT_GE(tables, 3) << "the tables of issues 3, 4 and 5";
  for (int table = 0; table < tables; ++table) {
    std::set<std::string> all, errors;
    for (const Item& item : items) {
      if (item.table != table) continue;
      all.insert(item.programs.begin(), item.programs.end());
      all.insert(item.errorPrograms.begin(), item.errorPrograms.end());
      errors.insert(item.errorPrograms.begin(), item.errorPrograms.end());
    }
    ASSERT_FALSE(all.empty()) << "table " << table;
    EXPECT_GE(errors.size() * 4, all.size())
        << "table " << table << ": " << errors.size() << " error programs among " << all.size();
  }
}

}  // namespace
