// list.sort(key=None, reverse=False): a stable merge sort using only `<`, like CPython's.
// The items are sorted in a private array and written back only on success, so a comparison
// that raises leaves the list as it was.
#include <algorithm>

#include "objects/float.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/function.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct Item {
  Value key;
  Value value;
};

template <class Less>
void mergeSort(std::vector<Item>& items, Less&& less) {
  size_t n = items.size();
  std::vector<Item> buffer(n);
  // Bottom-up: runs of 1, 2, 4, ... merged pairwise; stable because ties take the left run.
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      size_t i = lo, j = mid, k = lo;
      if (mid >= hi || !less(items[mid], items[mid - 1])) {
        std::copy(items.begin() + lo, items.begin() + hi, buffer.begin() + lo);
        continue;
      }
      while (i < mid && j < hi) buffer[k++] = less(items[j], items[i]) ? items[j++] : items[i++];
      while (i < mid) buffer[k++] = items[i++];
      while (j < hi) buffer[k++] = items[j++];
    }
    items.swap(buffer);
  }
}

Value listSort(Interp& I, Value self, CallArgs args) {
  if (args.nargs) raiseTypeError(I, "sort() takes no positional arguments");
  Value key, reverse;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = strView(args.kwnames->item(static_cast<int64_t>(i)));
    if (k == "key")
      key = args.kwValue(i);
    else if (k == "reverse")
      reverse = args.kwValue(i);
    else
      raiseTypeError(I, "'" + std::string(k) + "' is an invalid keyword argument for sort()");
  }
  if (key && key.is(I.None())) key = Value();
  // reverse must be an int (bool included), like Argument Clinic's bool(accept={int}).
  bool descending = false;
  if (reverse) {
    Ref flag = Ref::steal(index(I, reverse));
    descending = truthy(I, flag.get());
  }
  List* list = static_cast<List*>(self.asObject());
  std::vector<Item> items(list->size);
  std::vector<Ref> keys;
  // Hold the items: a key function or comparison may change the list meanwhile.
  std::vector<Ref> held;
  held.reserve(list->size);
  for (int64_t i = 0; i < list->size; ++i) {
    held.push_back(Ref::borrow(list->items[i]));
    items[i].value = list->items[i];
    items[i].key = list->items[i];
  }
  if (key) {
    keys.reserve(items.size());
    for (Item& item : items) {
      keys.push_back(Ref::steal(call(I, key, {item.value})));
      item.key = keys.back().get();
    }
  }
  if (descending) std::reverse(items.begin(), items.end());
  bool allSmallInts = true, allStrs = true, allFloats = true;
  for (const Item& item : items) {
    allSmallInts = allSmallInts && item.key.isSmallInt();
    allStrs = allStrs && item.key.isObject() && item.key.asObject()->type == I.types.str;
    allFloats = allFloats && item.key.isObject() && item.key.asObject()->type == I.types.float_;
  }
  if (allSmallInts) {
    mergeSort(items, [](const Item& a, const Item& b) { return a.key.asSmallInt() < b.key.asSmallInt(); });
  } else if (allStrs) {
    mergeSort(items, [](const Item& a, const Item& b) { return strView(a.key) < strView(b.key); });
  } else if (allFloats) {
    mergeSort(items, [](const Item& a, const Item& b) { return floatValue(a.key) < floatValue(b.key); });
  } else {
    mergeSort(items, [&](const Item& a, const Item& b) { return compareBool(I, a.key, b.key, CompareOp::Lt); });
  }
  if (descending) std::reverse(items.begin(), items.end());
  if (list->size != static_cast<int64_t>(items.size())) raiseValueError(I, "list modified during sort");
  for (size_t i = 0; i < items.size(); ++i) list->items[i] = items[i].value;
  if (I.observer) I.observer->onWrite(list);
  return I.None();
}

}  // namespace

void registerListSort(Interp& I, Type* listType) {
  addMethod(I, listType, "sort", listSort);
}

}  // namespace rw
