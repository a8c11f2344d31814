#include "compiler/find_annotations.h"

namespace rw {

using namespace syntax;

bool containsAnnotations(const StmtList& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case NodeKind::AnnAssign:
        return true;
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<const For*>(s);
        if (containsAnnotations(f->body) || containsAnnotations(f->orelse)) return true;
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<const While*>(s);
        if (containsAnnotations(w->body) || containsAnnotations(w->orelse)) return true;
        break;
      }
      case NodeKind::If: {
        auto* i = static_cast<const If*>(s);
        if (containsAnnotations(i->body) || containsAnnotations(i->orelse)) return true;
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith:
        if (containsAnnotations(static_cast<const With*>(s)->body)) return true;
        break;
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        if (containsAnnotations(t->body) || containsAnnotations(t->orelse) ||
            containsAnnotations(t->finalbody))
          return true;
        for (const ExceptHandler* h : t->handlers)
          if (containsAnnotations(h->body)) return true;
        break;
      }
      case NodeKind::Match:
        for (const MatchCase* c : static_cast<const Match*>(s)->cases)
          if (containsAnnotations(c->body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace rw
