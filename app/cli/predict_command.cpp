// xlqa predict: SQuAD-style predictions of a QA model over language pairs.
#include <QCommandLineParser>

#include <unistd.h>
#include <chrono>
#include <cstdio>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/data/parallel_dataset.h"
#include "core/eval/predictor.h"
#include "core/io/json_file.h"
#include "core/model/qa_model.h"

namespace xlqa::cli {
namespace {

nlohmann::json nbestToJson(const DecodedAnswer& answer) {
  nlohmann::json list = nlohmann::json::array();
  for (const SpanCandidate& c : answer.nbest) {
    list.push_back({{"text", c.text},
                    {"probability", c.probability},
                    {"start_logit", c.startLogit},
                    {"end_logit", c.endLogit},
                    {"char_start", c.span.begin},
                    {"char_end", c.span.end}});
  }
  return list;
}

// A progress line that rewrites itself on a terminal and prints plain lines otherwise.
class ProgressLine {
 public:
  explicit ProgressLine(std::string pairKey) : pair_(std::move(pairKey)), tty_(::isatty(STDERR_FILENO)) {}
  void operator()(std::size_t done, std::size_t total) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    char line[160];
    std::snprintf(line, sizeof line, "%s %s: %zu/%zu examples, %.1f examples/s%s", tty_ ? "\r" : "", pair_.c_str(),
                  done, total, seconds > 0 ? static_cast<double>(done) / seconds : 0.0, tty_ ? "   " : "\n");
    if (tty_ || done == total) printErr(line);
    if (tty_ && done == total) printErr("\n");
  }

 private:
  std::string pair_;
  bool tty_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

int runPredict(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"model", "Model folder (Hugging Face layout).", "dir"});
  parser.addOption({"data", "Dataset files or folders (repeatable; 'lang=path' names a file's language).", "path"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,es-en (default: all).", "pairs", "all"});
  parser.addOption({"out", "Predictions file: flat {id: answer} for one pair, keyed by pair for several.", "file"});
  parser.addOption({"nbest-out", "Also write the n-best candidates with probabilities.", "file"});
  addDeviceOptions(parser);
  addPredictionOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Runs an extractive-QA model over question x context language pairs and writes "
                                 "predictions in the official format that 'xlqa score' reads."))
    return *exit;
  for (const char* required : {"model", "data", "out"})
    if (!parser.isSet(required)) return usageError(name, QStringLiteral("--%1 is required").arg(required));

  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const auto pairs = selectPairs(toStd(parser.value("pairs")), dataset.availablePairs());
    const auto model =
        QaModel::load(toStd(parser.value("model")), toStd(parser.value("device")), modelDtypeOption(parser));
    const auto tokenizer = loadTokenizer(toStd(parser.value("model")));
    printErr("model: " + model->config().modelType + ", " + std::to_string(model->parameterCount()) + " parameters, " +
             computeDtypeName(model->dtype()) + ", on " + model->device().description + "\n");

    const PredictSettings settings = predictionSettings(parser);

    nlohmann::json answers = nlohmann::json::object(), nbest = nlohmann::json::object();
    for (const LanguagePair& pair : pairs) {
      ProgressLine progress(pair.key());
      nlohmann::json pairAnswers = nlohmann::json::object(), pairNbest = nlohmann::json::object();
      for (const ExamplePrediction& p :
           predictPair(*model, *tokenizer, dataset.pair(pair), settings, std::ref(progress))) {
        pairAnswers[p.id] = p.answer.text;
        if (parser.isSet("nbest-out")) pairNbest[p.id] = nbestToJson(p.answer);
      }
      answers[pair.key()] = std::move(pairAnswers);
      nbest[pair.key()] = std::move(pairNbest);
    }
    const bool single = pairs.size() == 1;
    writeFileAtomically(toStd(parser.value("out")), (single ? answers.front() : answers).dump(1) + "\n");
    if (parser.isSet("nbest-out"))
      writeFileAtomically(toStd(parser.value("nbest-out")), (single ? nbest.front() : nbest).dump(1) + "\n");
    return kSuccess;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
