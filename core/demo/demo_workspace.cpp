#include "core/demo/demo_workspace.h"

#include <unistd.h>

#include <sys/file.h>

#include <fcntl.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/demo/demo_recipe.h"
#include "core/io/json_file.h"
#include "core/store/evaluation_run.h"
#include "core/system/install_layout.h"
#include "xlqa/version.h"

namespace xlqa {
namespace {

namespace fs = std::filesystem;

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

// The first 16 hex digits of demo.json's hash, and the version: a new build of either is a new workspace.
std::string workspaceName(const std::string& demoJsonPath) {
  const std::string hash = sha256File(demoJsonPath);  // "sha256:<hex>"
  return "demo-" + hash.substr(hash.find(':') + 1, 16) + "-" + kVersion;
}

void checkCorpus(const nlohmann::json& manifest, const std::string& corpusDirectory, const std::string& demoJsonPath) {
  const nlohmann::json& hashes = manifest.at("corpus");
  for (const auto& [relative, expected] : hashes.items()) {
    const std::string path = (fs::path(corpusDirectory) / relative).string();
    if (sha256File(path) == expected.get<std::string>()) continue;
    const Message other(
        XLQA_TR("DemoWorkspace",
                "this build generates a corpus file (%1) other than the one the demo models were trained on"),
        relative);
    throw FileError(demoJsonPath,
                    Message(XLQA_TR("DemoWorkspace", "%1; rebuild the demo with `xlqa demo --build`"), other));
  }
}

bool isCompleteRun(const fs::path& runDirectory) {
  std::error_code ec;
  if (!fs::is_regular_file(runDirectory / "manifest.json", ec)) return false;
  try {
    return RunStore::open(runDirectory.string()).manifest().status == "complete";
  } catch (const FileError&) {
    return false;  // a damaged run is made again
  }
}

// The build's run of the same demo, copied beside the corpus and pointed at this demo's models
// and corpus files (the build's paths are not the user's). False when there is none.
bool copyPrebuiltRun(const fs::path& prebuiltRun, const PreparedDemo& demo) {
  if (prebuiltRun.empty() || !isCompleteRun(prebuiltRun)) return false;
  const fs::path target(demo.runDirectory);
  const fs::path partial = target.string() + ".copying";
  std::error_code ec;
  fs::remove_all(partial, ec);
  fs::copy(prebuiltRun, partial, fs::copy_options::recursive);
  RunStore store = RunStore::open(partial.string());
  RunManifest manifest = store.manifest();
  if (manifest.teacher) manifest.teacher->path = (fs::path(demo.demoDirectory) / "teacher").string();
  if (manifest.student) manifest.student->path = (fs::path(demo.demoDirectory) / "student").string();
  const fs::path testSplit = demoSplitDirectory(demo.corpusDirectory, DemoSplit::Test);
  for (DatasetFileRecord& file : manifest.datasetFiles)
    file.path = (testSplit / fs::path(file.path).filename()).string();
  store.updateManifest(manifest);
  fs::remove_all(target, ec);  // a partial run of an interrupted first launch
  fs::rename(partial, target);
  return true;
}

}  // namespace

std::string locateDemoDirectory() {
  std::vector<std::string> candidates;
  if (const std::string env = environment("XLQA_DEMO_DIR"); !env.empty()) {
    candidates.push_back(env);
  } else {
    if (const std::string share = shareDirectory(); !share.empty())
      candidates.push_back((fs::path(share) / "demo").string());
#ifdef XLQA_DEMO_SOURCE_DIR
    candidates.emplace_back(XLQA_DEMO_SOURCE_DIR);
#endif
  }
  std::string looked;
  for (const std::string& c : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(fs::path(c) / "demo.json", ec)) return c;
    looked += (looked.empty() ? "" : ", ") + c;
  }
  throw FileError(
      candidates.empty() ? "demo.json" : (fs::path(candidates.front()) / "demo.json").string(),
      Message(XLQA_TR("DemoWorkspace", "the embedded demo is missing; looked in %1 (set XLQA_DEMO_DIR to its folder)"),
              looked));
}

std::string prebuiltDemoCacheDirectory() {
  if (const std::string env = environment("XLQA_DEMO_PREBUILT"); !env.empty()) return env;
  const std::string share = shareDirectory();
  return share.empty() ? std::string() : (fs::path(share) / "demo-cache").string();
}

std::string defaultCacheDirectory() {
  if (const std::string dir = environment("XLQA_CACHE_DIR"); !dir.empty()) return dir;
  if (const std::string xdg = environment("XDG_CACHE_HOME"); !xdg.empty())
    return (fs::path(xdg) / "xlqa-studio").string();
  const std::string home = environment("HOME");
  return (fs::path(home.empty() ? fs::temp_directory_path().string() : home) / ".cache" / "xlqa-studio").string();
}

void evaluateDemoModels(const std::string& teacherDir, const std::string& studentDir,
                        const std::vector<std::string>& dataInputs, const FeatureSettings& features,
                        const std::string& runDirectory, const std::string& device,
                        const EvaluationProgressCallback& progress, const std::atomic<bool>* cancel) {
  const ParallelDataset dataset = ParallelDataset::load(dataInputs);
  EvaluationSettings settings;
  settings.predict.features = features;
  evaluateModelFolders({{ModelRole::Teacher, teacherDir}, {ModelRole::Student, studentDir}}, device, dataset,
                       dataInputs, dataset.availablePairs(), settings, runDirectory, progress, cancel);
}

PreparedDemo prepareDemo(const std::string& demoDirectory, const std::string& cacheDirectory, const std::string& device,
                         const EvaluationProgressCallback& progress, const std::atomic<bool>* cancel,
                         const std::string& prebuiltDirectory) {
  PreparedDemo demo;
  demo.demoDirectory = demoDirectory;
  const std::string demoJson = (fs::path(demoDirectory) / "demo.json").string();
  demo.manifest = readJsonFile(demoJson);
  const DemoRecipe recipe = DemoRecipe::fromJson(demo.manifest.at("recipe"), demoJson);
  const fs::path workspace = fs::path(cacheDirectory) / workspaceName(demoJson);
  demo.corpusDirectory = (workspace / "corpus").string();
  demo.runDirectory = (workspace / "run").string();

  // The app and `xlqa demo` share the cache: one prepares the workspace at a time, the other
  // waits and then finds it ready (the kernel drops the lock if its holder dies).
  std::error_code ec;
  fs::create_directories(workspace, ec);
  const std::string lockPath = (workspace / ".lock").string();
  const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0)
    throw FileError(lockPath,
                    Message(XLQA_TR("DemoWorkspace", "cannot lock the demo workspace: %1"), std::strerror(errno)));
  const std::unique_ptr<int, void (*)(int*)> unlock(new int(lock), [](int* fd) {
    ::close(*fd);
    delete fd;
  });

  // The corpus is regenerated when missing and checked either way: a cached run is only shown
  // beside the data the models were trained on.
  if (!fs::is_directory(demoSplitDirectory(demo.corpusDirectory, DemoSplit::Test), ec))
    writeDemoCorpus(recipe.corpus, demo.corpusDirectory);
  checkCorpus(demo.manifest, demo.corpusDirectory, demoJson);
  if (isCompleteRun(demo.runDirectory) ||
      copyPrebuiltRun(fs::path(prebuiltDirectory) / workspace.filename() / "run", demo)) {
    demo.reused = true;
    return demo;
  }
  evaluateDemoModels((fs::path(demoDirectory) / "teacher").string(), (fs::path(demoDirectory) / "student").string(),
                     {demoSplitDirectory(demo.corpusDirectory, DemoSplit::Test)}, recipe.features, demo.runDirectory,
                     device, progress, cancel);
  return demo;
}

}  // namespace xlqa
