// The step-exact tables of `rewind query` (documented in docs/trace-format.md): steps, lines,
// calls, writes, exceptions and output, computed from the trace rather than stored. Output
// comes from the chunks' events; the others from replaying the chunks that can hold the rows
// asked for: constraints on step, code, line and object pick those chunks through the
// chunk indexes, so a query about one line replays only the chunks that execute it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "trace_query.h"

namespace rw::recorder {

class Timeline;

class QueryTables {
 public:
  // Throws TimelineError when the trace cannot be replayed by this build.
  explicit QueryTables(const std::string& tracePath);
  ~QueryTables();
  QueryTables(const QueryTables&) = delete;
  QueryTables& operator=(const QueryTables&) = delete;

  std::vector<storage::QueryTable*> tables();

  // What the tables share: the timeline that replays, the reader of the chunk index.
  struct Shared;

 private:
  std::unique_ptr<Shared> shared_;
  std::vector<std::unique_ptr<storage::QueryTable>> tables_;
};

// Runs `sql` on the trace with the tables above; throws TimelineError or StorageError.
storage::QueryResult queryTrace(const std::string& tracePath, const std::string& sql);

}  // namespace rw::recorder
