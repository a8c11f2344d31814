// `rewind query TRACE.rwd SQL`: runs one SQL statement over a trace and prints a table.
#include <iostream>
#include <variant>

#include "commands.h"
#include "recorder/query_tables.h"
#include "recorder/timeline.h"
#include "trace_types.h"

namespace rw::cli {

namespace {

const char* kQueryUsage =
    "usage: rewind query TRACE.rwd \"SELECT ...\"\n"
    "Runs one SQL statement (SQLite dialect, read-only) over a trace and prints the result\n"
    "as a table. Besides the stored tables (meta, sources, chunks, chunk_index, ...) it can\n"
    "read these computed ones, one row per event:\n"
    "  steps(step, code, function, file, line, depth, offset, opname, line_start)\n"
    "  lines(step, code, function, file, line, depth)       where a line starts\n"
    "  calls(step, code, function, file, line, depth)       frame entries\n"
    "  writes(step, object, type, code, function, file, line)\n"
    "  exceptions(step, type, object, code, function, file, line, depth)\n"
    "  output(step, stream, text)\n"
    "Constraints on step, code, line and object pick the chunks to replay through the\n"
    "chunk index: constrain them to keep queries on long traces fast.\n"
    "Exit status: 0 done, 1 the statement failed, 2 bad arguments, 3 the trace cannot be read.\n";

std::string cellText(const storage::QueryValue& value) {
  if (const int64_t* n = std::get_if<int64_t>(&value)) return std::to_string(*n);
  const std::string* s = std::get_if<std::string>(&value);
  if (!s) return "NULL";
  // One line per row: control characters are shown escaped.
  std::string out;
  for (char c : *s) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

// Display width: UTF-8 continuation bytes take no column.
size_t widthOf(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++width;
  return width;
}

void printTable(const storage::QueryResult& result) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  for (const std::string& name : result.columns)
    widths.push_back(widthOf(name));
  for (const auto& row : result.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      line.push_back(cellText(row[i]));
      widths[i] = std::max(widths[i], widthOf(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto printLine = [&](const std::vector<std::string>& line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      if (i) out += "  ";
      out += line[i];
      if (i + 1 < line.size()) out.append(widths[i] - widthOf(line[i]), ' ');
    }
    std::cout << out << "\n";
  };
  printLine(result.columns);
  std::vector<std::string> rule;
  for (size_t w : widths)
    rule.emplace_back(w, '-');
  printLine(rule);
  for (const auto& line : cells)
    printLine(line);
  std::cout << "(" << result.rows.size() << (result.rows.size() == 1 ? " row)" : " rows)") << "\n";
}

}  // namespace

int queryCommand(const std::vector<std::string>& args) {
  for (const std::string& a : args)
    if (a == "-h" || a == "--help") {
      std::cerr << kQueryUsage;
      return 0;
    }
  if (args.size() != 2) {
    std::cerr << "rewind query: expected a trace and one SQL statement\n" << kQueryUsage;
    return 2;
  }
  std::unique_ptr<recorder::QueryTables> tables;
  try {
    tables = std::make_unique<recorder::QueryTables>(args[0]);
  } catch (const recorder::TimelineError& e) {
    std::cerr << "rewind query: " << e.what() << "\n";
    return 3;
  }
  try {
    printTable(storage::runTraceQuery(args[0], args[1], tables->tables()));
  } catch (const storage::StorageError& e) {
    std::cerr << "rewind query: " << e.what() << "\n";
    return 1;
  } catch (const recorder::TimelineError& e) {
    std::cerr << "rewind query: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace rw::cli
