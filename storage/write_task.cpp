#include "write_task.h"

namespace rw::storage {
namespace {

struct FootprintOf {
  size_t operator()(const MetaUpdate& meta) const { return meta.key.size() + meta.value.size(); }
  size_t operator()(const SourceRecord& source) const {
    return source.path.size() + source.text.size();
  }
  size_t operator()(const BlobRecord& blob) const { return blob.data.size(); }
  size_t operator()(const ChunkRecord& chunk) const {
    return chunk.payload.size() + chunk.entries.size() * sizeof(IndexEntry);
  }
  size_t operator()(const KeyframeRecord& keyframe) const { return keyframe.payload.size(); }
};

}  // namespace

size_t memoryFootprint(const WriteTask& task) {
  return sizeof(WriteTask) + std::visit(FootprintOf{}, task);
}

}  // namespace rw::storage
