// xlqa predict: SQuAD-style predictions of a QA model over language pairs.
#include <QCommandLineParser>

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

// Examples done of the pair and the rate; off a terminal (--verbose) a line when the pair is done.
ProgressCallback pairProgress(const std::string& pair) {
  const auto start = std::chrono::steady_clock::now();
  return [pair, start](std::size_t done, std::size_t total) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[160];
    std::snprintf(line, sizeof line, "%s: %zu/%zu examples, %.1f examples/s", pair.c_str(), done, total,
                  seconds > 0 ? static_cast<double>(done) / seconds : 0.0);
    printProgress(line, done == total);
  };
}

// A file, or stdout for "-".
void writeOutput(const QString& path, const std::string& text) {
  if (path == "-")
    printOut(text);
  else
    writeFileAtomically(toStd(path), text);
}

}  // namespace

int runPredict(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addOption({"model", "Model folder (Hugging Face layout).", "dir"});
  parser.addOption({"data", "Dataset files or folders (repeatable; 'lang=path' names a file's language).", "path"});
  parser.addOption({"pairs", "all | xlt | gxlt | en-es,es-en (default: all).", "pairs", "all"});
  parser.addOption({"out",
                    "Predictions file, or - for stdout (then nothing else goes there): flat {id: answer} for one "
                    "pair, keyed by pair {\"en-de\": {id: answer}, ...} for several, as 'xlqa score' reads them.",
                    "file"});
  parser.addOption(
      {"nbest-out", "Also write the n-best candidates with probabilities, laid out as --out (- for stdout).", "file"});
  parser.addOption({"format",
                    "text (default) or json: the summary {\"out\", \"nbest_out\", \"pairs\": {\"en-de\": "
                    "examples}, \"examples\"} on stdout (not with --out -).",
                    "format", "text"});
  addDeviceOptions(parser);
  addPredictionOptions(parser);
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Runs an extractive-QA model over question x context language pairs and writes "
                                 "predictions in the official format that 'xlqa score' reads."))
    return *exit;
  for (const char* required : {"model", "data", "out"})
    if (!parser.isSet(required)) return usageError(name, QStringLiteral("--%1 is required").arg(required));
  if (auto exit = refuseUnknownChoice(parser, name, "format", {"text", "json"})) return *exit;
  const bool asJson = parser.value("format") == "json";
  const bool toStdout = parser.value("out") == "-" || parser.value("nbest-out") == "-";
  if (parser.value("out") == "-" && parser.value("nbest-out") == "-")
    return usageError(name, "only one of --out and --nbest-out can be - (stdout holds one JSON document)");
  if (toStdout && asJson) return usageError(name, "--format json needs stdout, which --out - or --nbest-out - holds");

  try {
    const ParallelDataset dataset = loadDataset(parser.values("data"));
    const auto pairs = selectPairs(toStd(parser.value("pairs")), dataset.availablePairs());
    const auto model =
        QaModel::load(toStd(parser.value("model")), toStd(parser.value("device")), modelDtypeOption(parser));
    const auto tokenizer = loadTokenizer(toStd(parser.value("model")));
    printInfo("model: " + model->config().modelType + ", " + std::to_string(model->parameterCount()) + " parameters, " +
              computeDtypeName(model->dtype()) + ", on " + model->device().description + "\n");

    const PredictSettings settings = predictionSettings(parser);

    const std::atomic<bool>* cancel = cancelOnSignals();
    nlohmann::json answers = nlohmann::json::object(), nbest = nlohmann::json::object();
    nlohmann::json examples = nlohmann::json::object();
    std::size_t total = 0;
    for (const LanguagePair& pair : pairs) {
      nlohmann::json pairAnswers = nlohmann::json::object(), pairNbest = nlohmann::json::object();
      for (const ExamplePrediction& p :
           predictPair(*model, *tokenizer, dataset.pair(pair), settings, pairProgress(pair.key()), cancel)) {
        pairAnswers[p.id] = p.answer.text;
        if (parser.isSet("nbest-out")) pairNbest[p.id] = nbestToJson(p.answer);
      }
      examples[pair.key()] = pairAnswers.size();
      total += pairAnswers.size();
      answers[pair.key()] = std::move(pairAnswers);
      nbest[pair.key()] = std::move(pairNbest);
    }
    const bool single = pairs.size() == 1;
    writeOutput(parser.value("out"), (single ? answers.front() : answers).dump(1) + "\n");
    if (parser.isSet("nbest-out"))
      writeOutput(parser.value("nbest-out"), (single ? nbest.front() : nbest).dump(1) + "\n");
    if (asJson) {
      const auto path = [&](const char* option) {
        return parser.isSet(option) ? nlohmann::json(toStd(parser.value(option))) : nullptr;
      };
      printOut(nlohmann::json{
                   {"out", path("out")}, {"nbest_out", path("nbest-out")}, {"pairs", examples}, {"examples", total}}
                   .dump(1) +
               "\n");
      return kSuccess;
    }
    const std::string summary = "wrote " + std::to_string(total) + " predictions of " + std::to_string(pairs.size()) +
                                (single ? " pair (" : " pairs (") + pairList(pairs) + ") to " +
                                (parser.value("out") == "-" ? "stdout" : toStd(parser.value("out"))) + "\n";
    if (toStdout)
      printInfo(summary);  // stdout holds the predictions
    else
      printOut(summary);
    return kSuccess;
  } catch (const Cancelled&) {
    printInfo("cancelled: nothing written\n");
    return kCancelled;
  } catch (const std::exception& e) {
    return fail(name, e.what());
  }
}

}  // namespace xlqa::cli
