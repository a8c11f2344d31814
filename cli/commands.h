// The `rewind` subcommands. Each returns the process exit status.
#pragma once

#include <string>
#include <vector>

namespace rw::cli {

// Reads a whole file; false when it cannot be read.
bool readFile(const std::string& path, std::string& out);

int runCommand(const std::vector<std::string>& args);
int recordCommand(const std::vector<std::string>& args);
int showCommand(const std::vector<std::string>& args);
int navCommand(const std::vector<std::string>& args);
int tokensCommand(const std::vector<std::string>& args);
int astCommand(const std::vector<std::string>& args);
int symtableCommand(const std::vector<std::string>& args);
int disCommand(const std::vector<std::string>& args);

}  // namespace rw::cli
