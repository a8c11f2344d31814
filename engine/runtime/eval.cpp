// The evaluation loop (seed 6.12-6.18). One C++ activation runs a whole chain of Python
// frames: CALL of a Python function pushes a frame and RETURN_VALUE pops it, so Python
// recursion never recurses in C++. Dispatch is computed goto over a table generated from the
// opcode table; when an observer is attached every entry of a second table leads through the
// hook first, so an idle evaluator pays nothing for observability.
//
// Exceptions: native code raises by throwing PyException (the exception object is pending in
// the interpreter); Python-level raises jump straight to the unwinder. The unwinder consults
// the exception table of the current frame and either jumps to the handler or pops the frame
// and continues in its caller.
//
// This file holds the loop: what every instruction does to the stack and where it goes next.
// The parts of instructions that need no jump live in the eval_*.cpp files named after them,
// declared in eval_internal.h; the dispatch macros are in eval_dispatch_macros.h.
#include "runtime/eval.h"

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/coroutine.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval_dispatch_macros.h"
#include "runtime/eval_internal.h"
#include "runtime/import.h"
#include "runtime/operator_plan.h"
#include "runtime/pattern_matching.h"
#include "runtime/protocols.h"

namespace rw {

Value evalFrames(Interp& I, Frame* entry, Frame* start, bool throwing) {
  static const void* const kLabels[] = {
#define RW_OPCODE_LABEL(name, ...) &&op_##name,
      RW_OPCODES(RW_OPCODE_LABEL)
#undef RW_OPCODE_LABEL
  };
  static const void* const kTraced[] = {
#define RW_OPCODE_TRACED(name, ...) &&trace_hook,
      RW_OPCODES(RW_OPCODE_TRACED)
#undef RW_OPCODE_TRACED
  };

  Frame* f = start;
  Code* code = nullptr;
  const Instruction* first = nullptr;
  const Instruction* ip = nullptr;
  Value* sp = nullptr;
  Value* locals = nullptr;
  const Value* consts = nullptr;
  const Value* names = nullptr;
  Instruction word = 0;
  bool pending = false;  // a native throw is waiting for the unwinder
  bool reraise = false;  // the exception re-enters the unwinder without a new traceback entry
  Value returned;
  ReturnAction action = ReturnAction::Push;  // how the frame that ended hands over `returned`
  uint8_t stage = 0;                         // the next attempt of an operator protocol
#ifdef REWIND_NO_OBSERVER_HOOK
  const void* const* table = kLabels;
#else
  const void* const* table = I.observer ? kTraced : kLabels;
#endif
  (void)kTraced;

  LOAD_FRAME();
  if (throwing) {
    // generator.throw(): the exception appears at the yield the frame is suspended at.
    --ip;
    pending = true;
  }
  for (;;) {
    try {
      if (pending) {
        pending = false;
        goto exception_unwind;
      }
      DISPATCH();

    trace_hook:
      SAVE_FRAME();
      I.observer->onInstruction(I, f, static_cast<uint32_t>(ip - first), I.stepCount++);
      // Read again rather than kept across the call: that would hold a register everywhere.
      word = *ip;
      goto* kLabels[word & 0xFF];

    op_NOP:
    op_RESUME:
      NEXT();
    op_POP_TOP: {
      Value v = POP();
      decref(v);
      NEXT();
    }
    op_PUSH_NULL:
      PUSH(Value());
      NEXT();
    op_COPY: {
      Value v = sp[-static_cast<int>(ARG)];
      incref(v);
      PUSH(v);
      NEXT();
    }
    op_SWAP: {
      std::swap(sp[-1], sp[-static_cast<int>(ARG)]);
      NEXT();
    }
    op_LOAD_CONST: {
      Value v = consts[ARG];
      incref(v);
      PUSH(v);
      NEXT();
    }
    op_RETURN_CONST:
      returned = newRef(consts[ARG]);
      goto return_from_frame;
    op_RETURN_VALUE:
      returned = POP();
      goto return_from_frame;

    op_LOAD_FAST: {
      Value v = locals[ARG];
      if (!v) raiseUnboundLocal(I, code, ARG);
      incref(v);
      PUSH(v);
      NEXT();
    }
    op_STORE_FAST: {
      Value old = locals[ARG];
      locals[ARG] = POP();
      decref(old);
      NEXT();
    }
    op_DELETE_FAST: {
      Value old = locals[ARG];
      if (!old) raiseUnboundLocal(I, code, ARG);
      locals[ARG] = Value();
      decref(old);
      NEXT();
    }
    op_MAKE_CELL:
      makeCell(I, f, ARG);
      NEXT();
    op_COPY_FREE_VARS: {
      Tuple* closure = f->function->closure;
      uint32_t base = static_cast<uint32_t>(code->nlocals() + code->ncells());
      for (uint32_t i = 0; i < ARG; ++i)
        locals[base + i] = newRef(closure->item(i));
      NEXT();
    }
    op_LOAD_CLOSURE: {
      Value cell = locals[code->nlocals() + ARG];
      incref(cell);
      PUSH(cell);
      NEXT();
    }
    op_LOAD_DEREF: {
      Cell* cell = static_cast<Cell*>(locals[code->nlocals() + ARG].asObject());
      Value v = cell->contents;
      if (!v) raiseUnboundDeref(I, code, ARG);
      incref(v);
      PUSH(v);
      NEXT();
    }
    op_LOAD_CLASSDEREF: {
      Value v = loadClassDeref(I, f, ARG);
      PUSH(v);
      NEXT();
    }
    op_STORE_DEREF: {
      Cell* cell = static_cast<Cell*>(locals[code->nlocals() + ARG].asObject());
      Value v = TOP();
      cellSet(I, cell, v);
      --sp;
      decref(v);
      NEXT();
    }
    op_DELETE_DEREF: {
      Cell* cell = static_cast<Cell*>(locals[code->nlocals() + ARG].asObject());
      if (!cell->contents) raiseUnboundDeref(I, code, ARG);
      cellSet(I, cell, Value());
      NEXT();
    }

    op_LOAD_NAME: {
      Value v = loadName(I, f, names[ARG]);
      PUSH(v);
      NEXT();
    }
    op_STORE_NAME:
      storeName(I, f, names[ARG], TOP());
      sp = dropValues(sp, 1);
      NEXT();
    op_DELETE_NAME:
      deleteName(I, f, names[ARG]);
      NEXT();
    op_LOAD_GLOBAL: {
      Str* name = static_cast<Str*>(names[ARG >> 1].asObject());
      Value v = dictGetStr(I, f->globals, name);
      if (!v) v = dictGetStr(I, f->builtins, name);
      if (!v) raiseNameError(I, Value(name));
      if (ARG & 1) PUSH(Value());
      incref(v);
      PUSH(v);
      NEXT();
    }
    op_STORE_GLOBAL: {
      Value v = TOP();
      dictSet(I, f->globals, names[ARG], v);
      --sp;
      decref(v);
      NEXT();
    }
    op_DELETE_GLOBAL: {
      if (!dictDel(I, f->globals, names[ARG])) raiseNameError(I, names[ARG]);
      NEXT();
    }

    op_LOAD_ATTR: {
      Value obj = TOP();
      Function* getter;
      Value v = loadAttribute(I, obj, static_cast<Str*>(names[ARG].asObject()), getter);
      if (getter) [[unlikely]]
        CALL_WITH_OPERANDS(getter, 1, ReturnAction::Push);
      sp[-1] = v;
      decref(obj);
      NEXT();
    }
    op_LOAD_METHOD: {
      Value obj = TOP();
      Value method;
      Function* getter;
      Value v = loadMethod(I, obj, static_cast<Str*>(names[ARG].asObject()), method, getter);
      if (getter) [[unlikely]] {
        // [NULL, the getter's result]: the call that follows calls what the property gave.
        Frame* callee = frameForCall(I, getter, CallArgs{sp - 1, 1, nullptr});
        sp[-1] = Value();
        decref(obj);
        CALL_FRAME(callee, ReturnAction::Push, 0);
      }
      if (method) {
        // [method, self]: the call passes obj as the first argument, no bound method made.
        sp[-1] = method;
        PUSH(obj);
      } else {
        sp[-1] = Value();
        PUSH(v);
        decref(obj);
      }
      NEXT();
    }
    op_STORE_ATTR: {
      Value obj = sp[-1];
      Value v = sp[-2];
      Frame* callee = nullptr;
      if (Function* setter = storeAttribute(I, obj, static_cast<Str*>(names[ARG].asObject()), v))
          [[unlikely]] {
        Value args[2] = {obj, v};
        callee = frameForCall(I, setter, CallArgs{args, 2, nullptr});
      }
      sp = dropValues(sp, 2);
      if (callee) [[unlikely]]
        CALL_FRAME(callee, ReturnAction::Discard, 0);
      NEXT();
    }
    op_DELETE_ATTR: {
      Value obj = TOP();
      delAttr(I, obj, static_cast<Str*>(names[ARG].asObject()));
      --sp;
      decref(obj);
      NEXT();
    }

    op_UNARY_NEGATIVE: {
      Value v = TOP();
      if (v.isSmallInt() && v.asSmallInt() != Value::kSmallMin) {
        sp[-1] = Value::smallInt(-v.asSmallInt());
        NEXT();
      }
      FINISH_STEP(unaryOperatorStep(I, sp - 1, UnaryOp::Negative), sp - 1);
    }
    op_UNARY_POSITIVE:
      if (TOP().isSmallInt()) NEXT();
      FINISH_STEP(unaryOperatorStep(I, sp - 1, UnaryOp::Positive), sp - 1);
    op_UNARY_INVERT: {
      Value v = TOP();
      if (v.isSmallInt()) {
        sp[-1] = Value::smallInt(~v.asSmallInt());
        NEXT();
      }
      FINISH_STEP(unaryOperatorStep(I, sp - 1, UnaryOp::Invert), sp - 1);
    }
    op_UNARY_NOT: {
      Value v = TOP();
      bool t;
      TRUTH_OF(v, t);
      sp[-1] = I.boolean(!t);
      decref(v);
      NEXT();
    }
    op_BINARY_OP: {
      Value b = sp[-1];
      Value a = sp[-2];
      Value r = fastBinaryOp(I, a, b, ARG);
      if (!r) {
        if ((isClassInstance(a) || isClassInstance(b)) && usesClassOperator(I, a, b, ARG))
            [[unlikely]] {
          stage = 0;
          goto operator_step;
        }
        r = binaryOpCatching(I, a, b, ARG);
        if (!r) goto exception_unwind;
      }
      sp = replaceOperands(sp, r);
      NEXT();
    }
    op_COMPARE_OP: {
      Value b = sp[-1];
      Value a = sp[-2];
      if ((isClassInstance(a) || isClassInstance(b)) && usesClassComparison(I, a, b)) [[unlikely]] {
        stage = 0;
        goto operator_step;
      }
      Value r = richCompare(I, a, b, static_cast<CompareOp>(ARG));
      sp = replaceOperands(sp, r);
      NEXT();
    }
    op_IS_OP: {
      bool same = sp[-2].is(sp[-1]) != (ARG != 0);
      sp = replaceOperands(sp, I.boolean(same));
      NEXT();
    }
    op_CONTAINS_OP: {
      Value container = sp[-1];
      if (isClassInstance(container)) [[unlikely]]
        FINISH_STEP(containsStep(I, sp - 2, ARG != 0), sp - 2);
      bool in = contains(I, container, sp[-2]) != (ARG != 0);
      sp = replaceOperands(sp, I.boolean(in));
      NEXT();
    }
    op_BINARY_SUBSCR: {
      Value r = fastSubscript(I, sp[-2], sp[-1]);
      if (!r) goto subscript;
      sp = replaceOperands(sp, r);
      NEXT();
    }
    subscript:
      // BINARY_SUBSCR past its fast cases, and BINARY_SLICE.
      FINISH_STEP(subscriptStep(I, sp - 2), sp - 2);
    op_STORE_SUBSCR:
      if (fastStoreSubscript(I, sp[-2], sp[-1], sp[-3])) {
        sp = dropValues(sp, 3);
        NEXT();
      }
    store_subscript: {
      // STORE_SUBSCR past its fast cases, and STORE_SLICE.
      Frame* callee = storeSubscriptStep(I, sp - 3);
      sp = dropValues(sp, 3);
      if (callee) [[unlikely]]
        CALL_FRAME(callee, ReturnAction::Discard, 0);
      NEXT();
    }
    op_DELETE_SUBSCR: {
      Value key = sp[-1];
      Value container = sp[-2];
      if (Function* fn = dunderOf(I, container, ClassDunder::DelItem)) [[unlikely]]
        CALL_WITH_OPERANDS(fn, 2, ReturnAction::Discard);
      delItem(I, container, key);
      sp = dropValues(sp, 2);
      NEXT();
    }
    op_BINARY_SLICE:
      // [container, start, stop] becomes [container, slice], a subscript.
      sp = sliceOperands(I, sp);
      goto subscript;
    op_STORE_SLICE:
      // [value, container, start, stop] becomes [value, container, slice], a subscript.
      sp = sliceOperands(I, sp);
      goto store_subscript;
    op_BUILD_SLICE:
      BUILD_FROM(ARG, newSlice(I, base[0], base[1], ARG == 3 ? base[2] : I.None()));

    op_BUILD_TUPLE: {
      Tuple* t = newTuple(I, ARG);
      Value* base = sp - ARG;
      for (uint32_t i = 0; i < ARG; ++i)
        t->items()[i] = base[i];
      sp = base;
      PUSH(Value(t));
      NEXT();
    }
    op_BUILD_LIST: {
      List* l = newList(I, ARG);
      Value* base = sp - ARG;
      for (uint32_t i = 0; i < ARG; ++i)
        l->items[i] = base[i];
      l->size = ARG;
      sp = base;
      PUSH(Value(l));
      NEXT();
    }
    op_BUILD_MAP:
      BUILD_FROM(2 * ARG, buildMap(I, base, ARG));
    op_BUILD_CONST_KEY_MAP:
      BUILD_FROM(ARG + 1, buildConstKeyMap(I, base, base[ARG], ARG));
    op_BUILD_SET:
      BUILD_FROM(ARG, buildSet(I, base, ARG));
    op_BUILD_STRING:
      BUILD_FROM(ARG, concatStrings(I, base, ARG));
    op_LIST_APPEND:
      sp = addToCollection<List, listAppend>(I, sp, ARG);
      NEXT();
    op_LIST_EXTEND:
      sp = addToCollection<List, extendForUnpacking>(I, sp, ARG);
      NEXT();
    op_SET_ADD:
      sp = addToCollection<Set, setAdd>(I, sp, ARG);
      NEXT();
    op_SET_UPDATE:
      sp = addToCollection<Set, setUpdate>(I, sp, ARG);
      NEXT();
    op_MAP_ADD: {
      Value v = sp[-1];
      Value k = sp[-2];
      Dict* d = static_cast<Dict*>(sp[-2 - static_cast<int>(ARG)].asObject());
      dictSet(I, d, k, v);
      sp -= 2;
      decref(k);
      decref(v);
      NEXT();
    }
    op_DICT_UPDATE:
    op_DICT_MERGE: {
      Value v = TOP();
      Dict* d = static_cast<Dict*>(sp[-1 - static_cast<int>(ARG)].asObject());
      bool merge = (word & 0xFF) == static_cast<uint32_t>(Opcode::DICT_MERGE);
      mergeIntoDict(I, d, v, merge ? sp[-3 - static_cast<int>(ARG)] : Value());
      --sp;
      decref(v);
      NEXT();
    }
    op_LIST_TO_TUPLE: {
      List* l = static_cast<List*>(TOP().asObject());
      Tuple* t = newTupleFrom(I, l->items, l->size);
      sp[-1] = Value(t);
      decref(Value(l));
      NEXT();
    }
    op_UNPACK_SEQUENCE: {
      Value seq = TOP();
      Value* out = sp - 1;
      unpackSequence(I, seq, ARG, out);
      sp = out + ARG;
      decref(seq);
      NEXT();
    }
    op_UNPACK_EX: {
      Value seq = TOP();
      Value* out = sp - 1;
      uint32_t before = ARG & 0xFF, after = ARG >> 8;
      unpackStarred(I, seq, before, after, out);
      sp = out + before + after + 1;
      decref(seq);
      NEXT();
    }
    op_FORMAT_VALUE: {
      bool hasSpec = (ARG & 4) != 0;
      Value spec = hasSpec ? sp[-1] : Value();
      Value v = sp[hasSpec ? -2 : -1];
      Value r = formatValue(I, v, ARG & 3, spec);
      if (hasSpec) {
        --sp;
        decref(spec);
      }
      sp[-1] = r;
      decref(v);
      NEXT();
    }

    op_JUMP:
      JUMP_TO(ARG);
    op_POP_JUMP_IF_FALSE: {
      Value v = TOP();
      bool t;
      TRUTH_OF(v, t);
      --sp;
      decref(v);
      if (!t) JUMP_TO(ARG);
      NEXT();
    }
    op_POP_JUMP_IF_TRUE: {
      Value v = TOP();
      bool t;
      TRUTH_OF(v, t);
      --sp;
      decref(v);
      if (t) JUMP_TO(ARG);
      NEXT();
    }
    op_POP_JUMP_IF_NONE: {
      Value v = POP();
      bool none = v.is(I.None());
      decref(v);
      if (none) JUMP_TO(ARG);
      NEXT();
    }
    op_POP_JUMP_IF_NOT_NONE: {
      Value v = POP();
      bool none = v.is(I.None());
      decref(v);
      if (!none) JUMP_TO(ARG);
      NEXT();
    }
    op_JUMP_IF_FALSE_OR_POP: {
      Value v = TOP();
      if (!truthy(I, v)) JUMP_TO(ARG);
      --sp;
      decref(v);
      NEXT();
    }
    op_JUMP_IF_TRUE_OR_POP: {
      Value v = TOP();
      if (truthy(I, v)) JUMP_TO(ARG);
      --sp;
      decref(v);
      NEXT();
    }
    op_GET_ITER: {
      Value v = TOP();
      if (Function* fn = dunderOf(I, v, ClassDunder::Iter)) [[unlikely]]
        CALL_WITH_OPERANDS(fn, 1, ReturnAction::IterResult);
      Value it = getIter(I, v);
      sp[-1] = it;
      decref(v);
      NEXT();
    }
    op_FOR_ITER: {
      Value it = TOP();
      if (it.isObject() && it.asObject()->type == I.types.generator) {
        Generator* gen = static_cast<Generator*>(it.asObject());
        checkResumable(I, gen);
        if (gen->frame) {
          Frame* resumed = gen->frame;
          SAVE_FRAME();
          resumeGeneratorFrame(I, resumed, I.None(), ReturnAction::ForIter);
          ENTER_FRAME(resumed);
        }
        goto end_for_loop;
      }
      if (Function* fn = dunderOf(I, it, ClassDunder::Next)) [[unlikely]] {
        // The iterator stays on the stack for the next round.
        Frame* callee = frameForCall(I, fn, CallArgs{sp - 1, 1, nullptr});
        CALL_FRAME(callee, ReturnAction::NextItem, 0);
      }
      Value next = iterNext(I, it);
      if (next) {
        PUSH(next);
        NEXT();
      }
    }
    end_for_loop:
      // FOR_ITER's iterator is exhausted: the loop ends.
      sp = dropValues(sp, 1);
      JUMP_TO(ARG);

    op_MAKE_FUNCTION:
      sp = makeFunction(I, f, sp, ARG);
      NEXT();
    op_KW_NAMES:
      f->kwnames = static_cast<Tuple*>(consts[ARG].asObject());
      NEXT();
    op_CALL: {
      uint32_t argc = ARG;
      Value* base = sp - argc - 2;
      if (base[0].isNull() && base[1].isObject() &&
          base[1].asObject()->type == I.types.boundMethod) {
        // Unpack a bound method into [function, self] so the call needs no extra copy.
        BoundMethod* m = static_cast<BoundMethod*>(base[1].asObject());
        base[0] = newRef(m->function);
        base[1] = newRef(m->self);
        decref(Value(m));
      }
      Value callable = base[0].isNull() ? base[1] : base[0];
      Value* args = base[0].isNull() ? base + 2 : base + 1;
      size_t nargs = static_cast<size_t>(sp - args);
      Tuple* kwnames = f->kwnames;
      size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
      CallArgs callArgs{args, nargs - nkw, kwnames};
      f->kwnames = nullptr;
      if (callable.isObject() && callable.asObject()->type == I.types.function) {
        Frame* callee = frameForCall(I, static_cast<Function*>(callable.asObject()), callArgs);
        sp = releaseValues(base, sp);
        CALL_FRAME(callee, ReturnAction::Push, 0);
      }
      SAVE_FRAME();
      if (typeOf(I, callable)->call == I.types.type->call || isClassInstance(callable)) {
        FINISH_STEP(callClassOrInstance(I, callable, callArgs), base);
      }
      Value r = callCatching(I, callable, callArgs);
      if (!r) goto exception_unwind;
      sp = replaceValues(base, sp, r);
      NEXT();
    }
    op_CALL_FUNCTION_EX: {
      Value* base = sp - (ARG & 1 ? 4 : 3);
      SAVE_FRAME();
      FINISH_STEP(callUnpacking(I, base, ARG & 1), base);
    }
    op_LOAD_BUILD_CLASS: {
      Value v = loadBuildClass(I, f);
      PUSH(v);
      NEXT();
    }
    op_SETUP_ANNOTATIONS:
      setupAnnotations(I, f);
      NEXT();

    op_RAISE_VARARGS:
      SAVE_FRAME();
      sp -= ARG;
      reraise = raiseOperands(I, sp, ARG);
      goto exception_unwind;
    op_RERAISE: {
      // The handler is looked up from this instruction; the saved lasti (under the exception
      // when ARG is set) only names the original raise, whose traceback entry already exists.
      Value exc = POP();
      decref(I.pendingException);
      I.pendingException = exc;
      reraise = true;
      goto exception_unwind;
    }
    op_PUSH_EXC_INFO:
      sp = pushExceptionInfo(I, sp);
      NEXT();
    op_POP_EXCEPT:
      sp = popExcept(I, sp);
      NEXT();
    op_CHECK_EXC_MATCH: {
      Value type = sp[-1];
      Value exc = sp[-2];
      bool match = exceptionMatches(I, exc, type);
      sp[-1] = I.boolean(match);
      decref(type);
      NEXT();
    }
    op_CHECK_EG_MATCH:
      sp = matchExceptionGroup(I, sp);
      NEXT();
    op_PREP_RERAISE_STAR:
      sp = prepareReraiseStarStep(I, sp);
      NEXT();
    op_LOAD_ASSERTION_ERROR:
      PUSH(newRef(Value(I.exc.AssertionError)));
      NEXT();
    op_BEFORE_WITH: {
      Value manager = TOP();
      Value exit;
      Value enter = prepareContext(I, manager, exit);
      sp[-1] = exit;
      decref(manager);
      FINISH_STEP(callEnter(I, enter), sp);
    }
    op_WITH_EXCEPT_START: {
      // Stack: [exit, lasti, prev_exc, exc]; __exit__'s result goes on top.
      FINISH_STEP(callExit(I, sp[-4], sp[-1]), sp);
    }

    op_IMPORT_NAME: {
      Value fromlist = sp[-1];
      Value level = sp[-2];
      SAVE_FRAME();
      Value module = importName(I, names[ARG], f->globals, fromlist, level);
      sp -= 2;
      decref(fromlist);
      decref(level);
      PUSH(module);
      NEXT();
    }
    op_IMPORT_FROM: {
      Value v = importFrom(I, TOP(), names[ARG]);
      PUSH(v);
      NEXT();
    }
    op_IMPORT_STAR: {
      Value module = TOP();
      importStar(I, module, f->locals ? f->locals : f->globals);
      --sp;
      decref(module);
      NEXT();
    }
    op_GET_LEN: {
      Value n = newInt(I, length(I, TOP()));
      PUSH(n);
      NEXT();
    }
    op_MATCH_MAPPING: {
      bool mapping = matchesMappingPattern(I, TOP());
      PUSH(I.boolean(mapping));
      NEXT();
    }
    op_MATCH_SEQUENCE: {
      bool sequence = matchesSequencePattern(I, TOP());
      PUSH(I.boolean(sequence));
      NEXT();
    }
    op_MATCH_KEYS: {
      Value values = matchMappingKeys(I, sp[-2], static_cast<Tuple*>(TOP().asObject()));
      PUSH(values);
      NEXT();
    }
    op_MATCH_CLASS: {
      Value attrs =
          matchClassPattern(I, sp[-3], sp[-2], ARG, static_cast<Tuple*>(TOP().asObject()));
      for (int i = 1; i <= 3; ++i)
        decref(sp[-i]);
      sp -= 2;
      sp[-1] = attrs;
      NEXT();
    }
    op_PRINT_EXPR: {
      Value v = TOP();
      printExpression(I, v);
      --sp;
      decref(v);
      NEXT();
    }

    op_RETURN_GENERATOR: {
      // The frame becomes the generator's; the call returns the generator. When resumed, the
      // frame continues at the next instruction, which drops the sent value.
      Generator* gen = newGenerator(I, f);
      if (f == entry) incref(Value(f));  // the entry frame stays owned by our caller too
      f->generator = gen;
      f->state = FrameState::Created;
      ++ip;
      SAVE_FRAME();
      returned = Value(gen);
      if (f == entry) {
        leaveFrame(I, f);
        return returned;
      }
      // The call's action applies to the generator it returns (an __init__ that is a
      // generator function returns something other than None).
      Frame* caller = f->back;
      action = f->returnAction;
      stage = f->actionStage;
      f->returnAction = ReturnAction::Push;
      leaveFrame(I, f);
      f = caller;
      LOAD_FRAME();
      goto deliver_result;
    }
    op_YIELD_VALUE: {
      returned = POP();
      f->state = FrameState::Suspended;
      ++ip;
      SAVE_FRAME();
      goto suspend_frame;
    }
    op_GET_YIELD_FROM_ITER:
      replaceTop(sp, yieldFromIterator(I, code, TOP()));
      NEXT();
    op_SEND: {
      Value sent = sp[-1];
      Value receiver = sp[-2];
      if (isType(I, receiver, I.types.generator) || isType(I, receiver, I.types.coroutine)) {
        Generator* gen = static_cast<Generator*>(receiver.asObject());
        if (Frame* resumed = frameToSendTo(I, gen, sent)) {
          --sp;
          SAVE_FRAME();
          resumeGeneratorFrame(I, resumed, sent, ReturnAction::Send);
          ENTER_FRAME(resumed);
        }
        // A finished generator returns None at once.
        --sp;
        decref(sent);
        sp[-1] = I.None();
        decref(receiver);
        JUMP_TO(ARG);
      }
      Value returnedValue;
      Value next = sendToIterator(I, receiver, sent, returnedValue);
      --sp;
      decref(sent);
      if (next) {
        PUSH(next);
        NEXT();
      }
      sp[-1] = returnedValue;
      decref(receiver);
      JUMP_TO(ARG);
    }
    op_GET_AWAITABLE:
      replaceTop(sp, awaitableOf(I, TOP(), ARG));
      NEXT();
    op_GET_AITER:
      replaceTop(sp, asyncIteratorOf(I, TOP()));
      NEXT();
    op_GET_ANEXT: {
      Value awaitable = asyncNextAwaitable(I, TOP());
      PUSH(awaitable);
      NEXT();
    }
    op_END_ASYNC_FOR: {
      // [aiter, exc]: StopAsyncIteration ends the loop; anything else propagates.
      Value exc = POP();
      if (isInstance(I, exc, I.exc.StopAsyncIteration)) {
        decref(exc);
        decref(POP());
        NEXT();
      }
      decref(I.pendingException);
      I.pendingException = exc;
      reraise = true;
      goto exception_unwind;
    }
    op_BEFORE_ASYNC_WITH: {
      Value manager = TOP();
      Value exit;
      Value entered = enterAsyncContext(I, manager, exit);
      sp[-1] = exit;
      decref(manager);
      PUSH(entered);
      NEXT();
    }
    op_ASYNC_GEN_WRAP:
      replaceTop(sp, wrapAsyncGenValue(I, TOP()));
      NEXT();

    return_from_frame: {
      // The frame's value stack is empty here; its locals die with the frame.
      SAVE_FRAME();
      f->state = FrameState::Completed;
      if (f == entry) {
        leaveFrame(I, f);
        return returned;
      }
      action = f->returnAction;
      stage = f->actionStage;
      f = popCompletedFrame(I, f);
      LOAD_FRAME();
      if (action == ReturnAction::Push) {
        PUSH(returned);
        returned = Value();
        NEXT();
      }
      goto deliver_result;
    }

    deliver_result: {
      // The caller's instruction (at ip) finishes with the value its callee returned.
      word = *ip;
      Value r = returned;
      returned = Value();
      switch (action) {
        case ReturnAction::Push:
        case ReturnAction::NextItem:
          break;
        case ReturnAction::ForIter:
          decref(r);
          goto end_for_loop;
        case ReturnAction::Send: {
          // yield from ends with the generator's return value in place of the generator.
          Value receiver = sp[-1];
          sp[-1] = r;
          decref(receiver);
          JUMP_TO(ARG);
        }
        case ReturnAction::Discard:
          decref(r);
          NEXT();
        case ReturnAction::InitResult:
          checkInitResult(I, r);
          NEXT();
        case ReturnAction::IterResult:
          PUSH(checkIterResult(I, r));
          NEXT();
        case ReturnAction::Contains: {
          bool in = takeTruth(I, r);
          PUSH(I.boolean(in != (ARG != 0)));
          NEXT();
        }
        case ReturnAction::Truth:
        case ReturnAction::TruthFromLength: {
          bool t =
              action == ReturnAction::Truth ? checkBoolResult(I, r) : checkLengthResult(I, r) != 0;
          Value operand = TOP();
          sp[-1] = I.boolean(t);
          decref(operand);
          // Not a new step: the instruction goes on with the answer in place of its operand.
          goto* kLabels[word & 0xFF];
        }
        case ReturnAction::Operator:
        case ReturnAction::OperatorInverted: {
          Value result = operatorResult(I, r, action == ReturnAction::OperatorInverted);
          if (!result) goto operator_step;
          sp = replaceOperands(sp, result);
          NEXT();
        }
      }
      PUSH(r);
      NEXT();
    }

    operator_step: {
      // BINARY_OP or COMPARE_OP at ip, with its operands on the stack, continues its protocol
      // at attempt `stage`: to a result, or to a Python dunder run as a frame.
      StepOutcome step = operatorStep(I, *ip, sp - 2, stage);
      if (step.callee) CALL_FRAME(step.callee, step.action, step.stage);
      sp = replaceOperands(sp, step.result);
      NEXT();
    }

    suspend_frame: {
      // A generator frame stops at a yield: it keeps its state, and the value goes to whoever
      // resumed it: after FOR_ITER or SEND the caller pushes it and continues with its next
      // instruction.
      if (f == entry) {
        leaveFrame(I, f);
        return returned;
      }
      Frame* caller = f->back;
      leaveFrame(I, f);
      f = caller;
      LOAD_FRAME();
      PUSH(returned);
      returned = Value();
      NEXT();
    }

    exception_unwind: {
      uint32_t at = static_cast<uint32_t>(ip - first);
      if (!reraise) {
        addTraceback(I, I.pendingException, f, at);
        if (I.observer) I.observer->onRaise(f, I.pendingException);
      }
      reraise = false;
      f->kwnames = nullptr;
      if (const ExceptionEntry* handler = code->handlerFor(at)) {
        sp = enterHandler(I, f, sp, *handler, at);
        JUMP_TO(handler->target);
      }
      // No handler here: the frame ends and the exception moves to its caller.
      sp = dropValues(sp, static_cast<int>(sp - f->stackBase()));
      SAVE_FRAME();
      f->state = FrameState::Completed;
      if (f->generator) convertStopIteration(I, static_cast<Generator*>(f->generator));
      if (f == entry) {
        leaveFrame(I, f);
        break;
      }
      action = f->returnAction;
      f = popCompletedFrame(I, f);
      LOAD_FRAME();
      if (action == ReturnAction::NextItem &&
          isInstance(I, I.pendingException, I.exc.StopIteration)) {
        // A Python __next__ raising StopIteration ends its FOR_ITER loop; the loop's top
        // dispatches the jump target (a dispatch of its own here costs GCC's register
        // allocation an instruction in every handler).
        decref(I.takePendingException());
        Value it = POP();
        decref(it);
        ip = first + instructionArg(*ip);
        continue;
      }
      goto exception_unwind;
    }
    } catch (PyException&) {
      pending = true;
    }
  }
  throw PyException{};
}

}  // namespace rw
