// `rewind tokens FILE.py`: the tokens of a file exactly as `python3 -m tokenize FILE.py`
// prints them, its error line and exit status included.
#include <iostream>

#include "commands.h"
#include "source_file.h"
#include "syntax/tokenizer.h"

namespace rw::cli {

int tokensCommand(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0] == "-h" || args[0] == "--help") {
    std::cerr << "usage: rewind tokens FILE.py\n";
    return args.size() == 1 ? 0 : 2;
  }
  const std::string& path = args[0];
  std::string source;
  int error = 0;
  if (!readSourceFile(path, source, error)) {
    std::cerr << "error: " << osErrorText(error, path) << "\n";
    return 1;
  }
  // tokenize.py lists every token before printing any, so an error leaves stdout empty.
  syntax::TokenizeResult result =
      syntax::tokenizeUntilError(source, syntax::TokenizeMode::Display, path);
  if (result.error) {
    std::cerr << syntax::formatTokenizeError(*result.error);
    return 1;
  }
  std::cout << syntax::formatTokens(result.tokens);
  return 0;
}

}  // namespace rw::cli
