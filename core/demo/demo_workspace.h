#pragma once
// The embedded demo at run time: where its folder is, and the workspace made from it in the
// user's cache. The demo folder holds what took training (the two models and demo.json); the
// corpus is regenerated (milliseconds, checked against the hashes in demo.json) and the test
// split is evaluated once (seconds), so the app and `xlqa demo` open a complete run.
#include <atomic>
#include <nlohmann/json.hpp>
#include <string>

#include "core/demo/demo_scores.h"
#include "core/eval/evaluation_engine.h"

namespace xlqa {

// The demo folder: $XLQA_DEMO_DIR when set, else <exe>/../share/xlqa-studio/demo (installed or
// in the build tree), else the source tree's resources/demo. Throws FileError saying where it looked.
std::string locateDemoDirectory();
// $XLQA_CACHE_DIR, else $XDG_CACHE_HOME/xlqa-studio, else ~/.cache/xlqa-studio.
std::string defaultCacheDirectory();
// Where the build evaluated the demo once, so a first launch need not: $XLQA_DEMO_PREBUILT when
// set, else <exe>/../share/xlqa-studio/demo-cache (installed or in the build tree). It may not exist.
std::string prebuiltDemoCacheDirectory();

// Evaluates the teacher and the student model folders over every pair of the dataset inputs into
// a new run folder `runDirectory` (or resumes it when it holds a run of the same models and data).
void evaluateDemoModels(const std::string& teacherDir, const std::string& studentDir,
                        const std::vector<std::string>& dataInputs, const FeatureSettings& features,
                        const std::string& runDirectory, const std::string& device,
                        const EvaluationProgressCallback& progress, const std::atomic<bool>* cancel);

struct PreparedDemo {
  std::string demoDirectory;    // the models and demo.json
  std::string corpusDirectory;  // train/, dev/, test/ regenerated
  std::string runDirectory;     // teacher and student over the 49 pairs of the test split
  bool reused = false;          // the run was complete already
  nlohmann::json manifest;      // demo.json
};

// Makes (or reuses) the demo workspace under cacheDirectory/demo-<hash of demo.json and version>/.
// A complete run the build made for the same demo.json and version (prebuiltDirectory/<the same
// name>/run) is copied in and pointed at this demo's models and corpus instead of evaluating.
// Throws FileError naming demo.json when the regenerated corpus is not the one the models were
// trained on, Cancelled when cancelled (a resumable partial run stays).
PreparedDemo prepareDemo(const std::string& demoDirectory, const std::string& cacheDirectory,
                         const std::string& device = "auto", const EvaluationProgressCallback& progress = {},
                         const std::atomic<bool>* cancel = nullptr,
                         const std::string& prebuiltDirectory = prebuiltDemoCacheDirectory());

}  // namespace xlqa
