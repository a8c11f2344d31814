#include "syntax/token.h"

namespace rw::syntax {

std::string_view tokenTypeName(TokenType type) {
  switch (type) {
#define RW_TOKEN_NAME(name, number) \
  case TokenType::name:             \
    return #name;
    RW_TOKEN_TYPES(RW_TOKEN_NAME)
#undef RW_TOKEN_NAME
  }
  return "<unknown>";
}

}  // namespace rw::syntax
