// A thin RAII layer over one SQLite connection and its prepared statements. Every failure
// becomes a StorageError that names the trace file and says what went wrong.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rw::storage {

class Database;

class Statement {
 public:
  Statement(Database& database, sqlite3_stmt* statement);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  Statement& bind(int parameter, int64_t value);
  Statement& bind(int parameter, std::string_view text);
  Statement& bindBlob(int parameter, std::span<const uint8_t> bytes);

  // Advances to the next row; false once the statement is done.
  bool step();
  // Runs a statement that returns no rows, then makes it ready for new bindings.
  void run();
  void reset();

  int64_t int64At(int column) const;
  std::string textAt(int column) const;
  std::vector<uint8_t> blobAt(int column) const;

  sqlite3_stmt* handle() { return statement_; }

 private:
  Database& database_;
  sqlite3_stmt* statement_;
};

// Resets a cached statement when the query using it ends, even by an exception, so that
// a half-read statement never pins an old snapshot of a trace that is still growing.
class ScopedReset {
 public:
  explicit ScopedReset(Statement& statement) : statement_(statement) {}
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;
  ~ScopedReset() { statement_.reset(); }

 private:
  Statement& statement_;
};

class Database {
 public:
  enum class Access { ReadOnly, ReadWrite };

  // Opens an existing file; never creates one.
  Database(std::string path, Access access);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  void exec(const std::string& sql);
  Statement prepare(const std::string& sql);
  bool hasTable(const std::string& name);
  // Switches the journal mode ("delete", "wal", ...). False when another connection, maybe
  // in another process, has the file open and so keeps it from switching.
  bool trySetJournalMode(const std::string& mode);

  // Closes the connection, reporting a failure instead of ignoring it like the destructor.
  void close();

  const std::string& path() const { return path_; }
  // For registering SQL extensions (virtual tables) on the connection.
  sqlite3* handle() { return connection_; }
  // Throws a StorageError describing the connection's last error while doing `what`.
  [[noreturn]] void fail(const std::string& what, int code) const;

 private:
  std::string path_;
  sqlite3* connection_ = nullptr;
};

}  // namespace rw::storage
