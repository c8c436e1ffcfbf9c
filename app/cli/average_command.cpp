// xlqa average: the uniform mean of checkpoints of one architecture as a new model folder.
#include <QCommandLineParser>

#include <exception>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/train/checkpoint_averaging.h"

namespace xlqa::cli {

int runAverage(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.addPositionalArgument("checkpoints", "Two or more model folders of one architecture.", "CKPT CKPT...");
  parser.addOption({"out", "The model folder to create (must not exist or be empty).", "dir"});
  const QString name = arguments.value(0);
  if (auto exit = parseArguments(parser, arguments,
                                 "Averages the weights of checkpoints (epochs of a run, or runs with different "
                                 "seeds) into a new Hugging Face model folder: the uniform mean in float32, with the "
                                 "first checkpoint's config and tokenizer files."))
    return *exit;
  if (!parser.isSet("out")) return usageError(name, "--out is required");
  const QStringList checkpoints = parser.positionalArguments();
  if (checkpoints.size() < 2) return usageError(name, "give at least two checkpoint folders to average");

  try {
    const std::string out = toStd(parser.value("out"));
    const AveragedCheckpoint averaged = averageCheckpoints(toStd(checkpoints), out);
    for (const std::string& note : averaged.notes) printInfo("note: " + note + "\n");
    printOut("averaged " + std::to_string(averaged.checkpoints) + " checkpoints into " + out + ": " +
             std::to_string(averaged.tensors) + " tensors, " + std::to_string(averaged.parameters) + " parameters\n");
    return kSuccess;
  } catch (const std::exception& error) {
    return fail(name, error.what());
  }
}

}  // namespace xlqa::cli
