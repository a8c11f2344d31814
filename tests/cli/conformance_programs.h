// The conformance programs (tests/conformance/FOLDER/NAME.py; files named _NAME.py and
// subfolders are modules they import) and the goldens kept for each of them under another
// folder (GOLDEN/FOLDER/NAME.EXT), for the inspection-command tests.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace rw::testing {

inline const std::filesystem::path& conformanceFolder() {
  static const std::filesystem::path folder =
      std::filesystem::path(REWIND_SOURCE_DIR) / "tests" / "conformance";
  return folder;
}

inline std::vector<std::filesystem::path> conformancePrograms() {
  std::vector<std::filesystem::path> programs;
  for (const auto& area : std::filesystem::directory_iterator(conformanceFolder())) {
    if (!area.is_directory()) continue;
    for (const auto& entry : std::filesystem::directory_iterator(area.path()))
      if (entry.is_regular_file() && entry.path().extension() == ".py" &&
          !entry.path().filename().string().starts_with("_"))
        programs.push_back(entry.path());
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

// GOLDEN/FOLDER/NAME + extension for tests/conformance/FOLDER/NAME.py.
inline std::filesystem::path conformanceGolden(const std::filesystem::path& goldenFolder,
                                               const std::filesystem::path& program,
                                               const std::string& extension) {
  std::filesystem::path relative = std::filesystem::relative(program, conformanceFolder());
  return goldenFolder / relative.parent_path() / (relative.stem().string() + extension);
}

// Golden files in `goldenFolder` whose conformance program no longer exists.
inline std::vector<std::filesystem::path> orphanGoldens(const std::filesystem::path& goldenFolder) {
  std::vector<std::filesystem::path> orphans;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(goldenFolder)) {
    if (!entry.is_regular_file()) continue;
    std::filesystem::path relative = std::filesystem::relative(entry.path(), goldenFolder);
    std::string stem = relative.filename().string();
    stem = stem.substr(0, stem.find('.'));
    if (!std::filesystem::exists(conformanceFolder() / relative.parent_path() / (stem + ".py")))
      orphans.push_back(entry.path());
  }
  return orphans;
}

}  // namespace rw::testing
