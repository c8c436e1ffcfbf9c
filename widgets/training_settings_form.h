#pragma once
// The training panel's settings: a preset box, a form with every TrainingConfig field in groups
// (models, data, loss, optimisation, dev evaluation, output) and the validation line below it.
// Controls a setting does not apply to are off (no teacher without distillation, no window
// without mAP@k); the form checks what it can (numbers, model folders, inputs on disk) and leaves
// to its owner what to make of the problems. Loads and saves the JSON `xlqa train --config` reads.
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

#include "core/train/training_config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace xlqa {

class TemperatureControl;

class TrainingSettingsForm : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingSettingsForm(QWidget* parent = nullptr);

  // The form as a config. Fields the form cannot parse keep their defaults (problems() says so).
  TrainingConfig config() const;
  void setConfig(const TrainingConfig& config);  // one `changed` at the end
  void applyPresetChoice(TrainingPreset preset);
  // Fills the student, training data and output fields when they are empty.
  void suggestDefaults(const QString& student, const QStringList& trainData, const QString& outputDir = {});

  // The form's own parse errors and missing files, then validate()'s messages.
  QStringList problems() const;
  // Shows the problems in red, or else the notice (or "ready") in the normal colour.
  void showValidation(const QStringList& problems, const QString& notice);
  QString validationText() const;

  // Saves with absolute paths, so that the file means the same inputs wherever it is read from.
  bool saveConfigFile(const QString& path, QString* error) const;
  bool loadConfigFile(const QString& path, QString* error);

  QString outputDir() const;  // as typed, trimmed
  // Off while a training runs: the settings then describe it and must stay as they are.
  void setEditable(bool editable);
  QComboBox* presetBox() const { return presetBox_; }

 signals:
  void changed();  // any setting, by the user or setConfig

 private:
  QWidget* createModelsGroup();
  QWidget* createDataGroup();
  QWidget* createLossGroup();
  QWidget* createOptimisationGroup();
  QWidget* createEvaluationGroup();
  QWidget* createOutputGroup();
  void connectChanges();
  void onChanged();
  void updateEnabledControls();
  std::vector<LanguagePair> parsedDevPairs(QStringList* problems) const;

  QComboBox* presetBox_ = nullptr;
  QWidget* groups_ = nullptr;  // every settings group, in the scroll area
  QLabel* validation_ = nullptr;
  // Models
  QLineEdit* student_ = nullptr;
  QLineEdit* teacher_ = nullptr;   // empty: self-distillation from the student's start
  QWidget* teacherRow_ = nullptr;  // the field and its Browse button
  QCheckBox* renewTeacher_ = nullptr;
  // Data
  QPlainTextEdit* trainData_ = nullptr;  // one input a line
  QLineEdit* languages_ = nullptr;
  QSpinBox* targetLanguages_ = nullptr;
  QCheckBox* addEnglish_ = nullptr;
  QSpinBox* maxQuestions_ = nullptr;
  QSpinBox* maxSeqLength_ = nullptr;
  QSpinBox* docStride_ = nullptr;
  QSpinBox* maxQueryLength_ = nullptr;
  // Loss
  QCheckBox* distill_ = nullptr;
  QDoubleSpinBox* alphaCe_ = nullptr;
  QDoubleSpinBox* alphaKl_ = nullptr;
  TemperatureControl* temperature_ = nullptr;
  QComboBox* direction_ = nullptr;
  QComboBox* weighting_ = nullptr;
  QSpinBox* k_ = nullptr;
  QSpinBox* window_ = nullptr;
  QCheckBox* symmetricWindow_ = nullptr;
  // Optimisation
  QSpinBox* epochs_ = nullptr;
  QSpinBox* batchSize_ = nullptr;
  QSpinBox* gradientAccumulation_ = nullptr;
  QLineEdit* learningRate_ = nullptr;
  QDoubleSpinBox* weightDecay_ = nullptr;
  QLineEdit* adamEpsilon_ = nullptr;
  QDoubleSpinBox* warmupFraction_ = nullptr;
  QDoubleSpinBox* maxGradNorm_ = nullptr;
  QLineEdit* seed_ = nullptr;
  QComboBox* device_ = nullptr;
  QComboBox* dtype_ = nullptr;
  // Dev evaluation
  QPlainTextEdit* devData_ = nullptr;
  QLineEdit* devPairs_ = nullptr;  // all | xlt | gxlt | en-es,es-en
  QSpinBox* devMaxExamples_ = nullptr;
  // Output
  QLineEdit* outputDir_ = nullptr;
  QSpinBox* saveEvery_ = nullptr;

  bool settingConfig_ = false;  // setConfig in progress: one `changed` at the end
};

}  // namespace xlqa
