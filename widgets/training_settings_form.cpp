#include "widgets/training_settings_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <optional>
#include <set>
#include <utility>

#include "core/data/dataset_file_names.h"
#include "core/io/json_file.h"
#include "widgets/span_probability_view.h"

namespace xlqa {
namespace {

QString shortestNumber(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

std::optional<double> parseNumber(const QString& text) {
  bool ok = false;
  const double value = QLocale::c().toDouble(text.trimmed(), &ok);
  return ok ? std::optional<double>(value) : std::nullopt;
}

std::vector<std::string> inputLines(const QPlainTextEdit* edit) {
  std::vector<std::string> lines;
  for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
    const QString trimmed = line.trimmed();
    if (!trimmed.isEmpty()) lines.push_back(trimmed.toStdString());
  }
  return lines;
}

void setInputLines(QPlainTextEdit* edit, const std::vector<std::string>& lines) {
  QStringList text;
  for (const std::string& line : lines) text << QString::fromStdString(line);
  edit->setPlainText(text.join(QLatin1Char('\n')));
}

QStringList commaList(const QString& text) {
  QStringList items;
  for (const QString& item : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
    items << item;
  return items;
}

int clampToInt(std::size_t value) { return static_cast<int>(std::min<std::size_t>(value, INT_MAX)); }

// A dataset input is "path", "l=path" or "q,c=path": the length of its language prefix.
std::size_t languagePrefixLength(const std::string& input) {
  const auto equals = input.find('=');
  const bool hasLanguages = equals != std::string::npos && input.find('/') > equals;
  return hasLanguages ? equals + 1 : 0;
}

std::string inputPath(const std::string& input) { return input.substr(languagePrefixLength(input)); }

// The input with its path made absolute, so that a saved config means the same files wherever
// it is read from.
std::string absoluteInput(const std::string& input) {
  return input.substr(0, languagePrefixLength(input)) +
         QFileInfo(QString::fromStdString(inputPath(input))).absoluteFilePath().toStdString();
}

std::string absolutePath(const std::string& path) {
  return path.empty() ? path : QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
}

// Every pair the dev inputs can form, from their file names alone (nothing is loaded).
std::vector<LanguagePair> pairsOfInputs(const std::vector<std::string>& inputs) {
  std::set<std::string> monolingual;
  std::set<LanguagePair> pairs;
  for (const DatasetFileSpec& spec : discoverDatasetFiles(inputs)) {
    if (spec.questionLanguage == "*") continue;  // mixed files: languages are known only once loaded
    if (spec.questionLanguage == spec.contextLanguage)
      monolingual.insert(spec.questionLanguage);
    else
      pairs.insert({spec.questionLanguage, spec.contextLanguage});
  }
  for (const std::string& question : monolingual)
    for (const std::string& context : monolingual) pairs.insert({question, context});
  return {pairs.begin(), pairs.end()};
}

QSpinBox* makeSpin(QWidget* parent, int minimum, int maximum, const QString& specialValueText = {}) {
  auto* spin = new QSpinBox(parent);
  spin->setRange(minimum, maximum);
  if (!specialValueText.isEmpty()) spin->setSpecialValueText(specialValueText);
  return spin;
}

QDoubleSpinBox* makeDoubleSpin(QWidget* parent, double minimum, double maximum, int decimals, double step) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setRange(minimum, maximum);
  spin->setDecimals(decimals);
  spin->setSingleStep(step);
  return spin;
}

// A line edit with a Browse… button that asks for a folder.
QWidget* folderRow(QWidget* parent, QLineEdit* edit, const QString& dialogTitle) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* browse = new QPushButton(TrainingSettingsForm::tr("Browse…"), row);
  QObject::connect(browse, &QPushButton::clicked, row, [row, edit, dialogTitle] {
    const QString dir = QFileDialog::getExistingDirectory(row, dialogTitle, edit->text());
    if (!dir.isEmpty()) edit->setText(dir);
  });
  layout->addWidget(edit, 1);
  layout->addWidget(browse);
  return row;
}

// A list of dataset inputs, one a line, with buttons that append files or a folder.
QWidget* inputsRow(QWidget* parent, QPlainTextEdit* edit) {
  auto* row = new QWidget(parent);
  edit->setParent(row);
  edit->setMaximumHeight(84);
  edit->setLineWrapMode(QPlainTextEdit::NoWrap);
  edit->setPlaceholderText(TrainingSettingsForm::tr("One input a line: a file, a folder, or lang=path"));
  auto* addFiles = new QPushButton(TrainingSettingsForm::tr("Add files…"), row);
  auto* addFolder = new QPushButton(TrainingSettingsForm::tr("Add folder…"), row);
  QObject::connect(addFiles, &QPushButton::clicked, row, [row, edit] {
    for (const QString& file :
         QFileDialog::getOpenFileNames(row, TrainingSettingsForm::tr("Dataset files (SQuAD format)"), QString(),
                                       TrainingSettingsForm::tr("JSON files (*.json)")))
      edit->appendPlainText(file);
  });
  QObject::connect(addFolder, &QPushButton::clicked, row, [row, edit] {
    const QString dir = QFileDialog::getExistingDirectory(row, TrainingSettingsForm::tr("Dataset folder"));
    if (!dir.isEmpty()) edit->appendPlainText(dir);
  });
  auto* buttons = new QVBoxLayout;
  buttons->addWidget(addFiles);
  buttons->addWidget(addFolder);
  buttons->addStretch(1);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit, 1);
  layout->addLayout(buttons);
  return row;
}

QFormLayout* groupForm(QGroupBox* group) {
  auto* form = new QFormLayout(group);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  return form;
}

}  // namespace

TrainingSettingsForm::TrainingSettingsForm(QWidget* parent) : QWidget(parent) {
  presetBox_ = new QComboBox(this);
  presetBox_->addItem(tr("CE fine-tuning"), static_cast<int>(TrainingPreset::CrossEntropy));
  presetBox_->addItem(tr("SKD (constant KL weight)"), static_cast<int>(TrainingPreset::SelfDistillation));
  presetBox_->addItem(tr("SKD + mAP@k"), static_cast<int>(TrainingPreset::SelfDistillationMapAtK));
  presetBox_->setToolTip(tr("Sets the loss settings of a published recipe; the other settings stay"));
  presetBox_->setCurrentIndex(2);  // the defaults are the published method's
  connect(presetBox_, &QComboBox::activated, this,
          [this](int index) { applyPresetChoice(static_cast<TrainingPreset>(presetBox_->itemData(index).toInt())); });
  auto* presetRow = new QHBoxLayout;
  auto* presetLabel = new QLabel(tr("Preset:"), this);
  presetLabel->setBuddy(presetBox_);
  presetRow->addWidget(presetLabel);
  presetRow->addWidget(presetBox_, 1);

  groups_ = new QWidget(this);
  auto* groupsLayout = new QVBoxLayout(groups_);
  groupsLayout->addWidget(createModelsGroup());
  groupsLayout->addWidget(createDataGroup());
  groupsLayout->addWidget(createLossGroup());
  groupsLayout->addWidget(createOptimisationGroup());
  groupsLayout->addWidget(createEvaluationGroup());
  groupsLayout->addWidget(createOutputGroup());
  groupsLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form fits the width; it scrolls down
  scroll->setWidget(groups_);
  scroll->setMinimumWidth(420);

  validation_ = new QLabel(this);
  validation_->setWordWrap(true);
  validation_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(presetRow);
  layout->addWidget(scroll, 1);
  layout->addWidget(validation_);

  // Names for tests and accessibility tools.
  const std::pair<QWidget*, const char*> names[] = {{student_, "student"},
                                                    {teacher_, "teacher"},
                                                    {renewTeacher_, "renewTeacher"},
                                                    {trainData_, "trainData"},
                                                    {distill_, "distill"},
                                                    {alphaCe_, "alphaCe"},
                                                    {alphaKl_, "alphaKl"},
                                                    {temperature_, "temperature"},
                                                    {direction_, "direction"},
                                                    {weighting_, "weighting"},
                                                    {k_, "k"},
                                                    {window_, "window"},
                                                    {symmetricWindow_, "symmetricWindow"},
                                                    {epochs_, "epochs"},
                                                    {learningRate_, "learningRate"},
                                                    {devPairs_, "devPairs"},
                                                    {outputDir_, "outputDir"}};
  for (const auto& [widget, name] : names) widget->setObjectName(QLatin1String(name));

  connectChanges();
  setConfig(TrainingConfig());
}

QWidget* TrainingSettingsForm::createModelsGroup() {
  auto* group = new QGroupBox(tr("Models"), groups_);
  student_ = new QLineEdit(group);
  student_->setPlaceholderText(tr("Hugging Face model folder the student starts from"));
  teacher_ = new QLineEdit(group);
  teacher_->setPlaceholderText(tr("self (the student's start)"));
  teacher_->setClearButtonEnabled(true);
  teacher_->setToolTip(
      tr("Empty: self-distillation, the teacher is the student's starting point. "
         "A folder: that teacher, frozen."));
  renewTeacher_ = new QCheckBox(tr("Renew the teacher each epoch"), group);
  renewTeacher_->setToolTip(
      tr("Self-distillation only: the student at the start of each epoch becomes its teacher "
         "(one generation per epoch)"));
  teacherRow_ = folderRow(group, teacher_, tr("Teacher model folder"));
  auto* form = groupForm(group);
  form->addRow(tr("Student"), folderRow(group, student_, tr("Student model folder")));
  form->addRow(tr("Teacher"), teacherRow_);
  form->addRow(QString(), renewTeacher_);
  return group;
}

QWidget* TrainingSettingsForm::createDataGroup() {
  auto* group = new QGroupBox(tr("Training data"), groups_);
  trainData_ = new QPlainTextEdit(group);
  languages_ = new QLineEdit(group);
  languages_->setPlaceholderText(tr("all languages of the data (or: en, es, de)"));
  targetLanguages_ = makeSpin(group, 0, 100, tr("all"));
  targetLanguages_->setToolTip(tr("Non-English context languages drawn per question"));
  addEnglish_ = new QCheckBox(tr("Add English"), group);
  addEnglish_->setToolTip(tr("English is trained on for every question, besides the drawn target languages"));
  maxQuestions_ = makeSpin(group, 0, INT_MAX, tr("all"));
  maxQuestions_->setToolTip(tr("The first questions of the English file are used"));
  maxSeqLength_ = makeSpin(group, 16, 4096);
  docStride_ = makeSpin(group, 0, 4096);
  maxQueryLength_ = makeSpin(group, 1, 4096);
  auto* form = groupForm(group);
  form->addRow(tr("Inputs"), inputsRow(group, trainData_));
  form->addRow(tr("Languages"), languages_);
  form->addRow(tr("Targets per question"), targetLanguages_);
  form->addRow(QString(), addEnglish_);
  form->addRow(tr("Questions at most"), maxQuestions_);
  form->addRow(tr("Max sequence length"), maxSeqLength_);
  form->addRow(tr("Document stride"), docStride_);
  form->addRow(tr("Max question length"), maxQueryLength_);
  return group;
}

QWidget* TrainingSettingsForm::createLossGroup() {
  auto* group = new QGroupBox(tr("Loss"), groups_);
  distill_ = new QCheckBox(tr("Distil from a teacher"), group);
  distill_->setToolTip(tr("Off: plain cross-entropy fine-tuning, no teacher is loaded"));
  alphaCe_ = makeDoubleSpin(group, 0, 100, 3, 0.1);
  alphaKl_ = makeDoubleSpin(group, 0, 100, 3, 0.1);
  alphaKl_->setToolTip(tr("The KL weight when the weighting is constant"));
  temperature_ = new TemperatureControl(group);
  direction_ = new QComboBox(group);
  direction_->addItem(tr("Forward: KL(teacher ‖ student)"), static_cast<int>(KlDirection::Forward));
  direction_->addItem(tr("Reverse: KL(student ‖ teacher)"), static_cast<int>(KlDirection::Reverse));
  direction_->addItem(tr("Symmetric: both"), static_cast<int>(KlDirection::Symmetric));
  weighting_ = new QComboBox(group);
  weighting_->addItem(tr("Constant (α_KL)"), static_cast<int>(KlWeighting::Constant));
  weighting_->addItem(tr("mAP@k of the teacher, per batch"), static_cast<int>(KlWeighting::MapAtK));
  weighting_->addItem(tr("MRR@k of the teacher, per batch"), static_cast<int>(KlWeighting::MrrAtK));
  k_ = makeSpin(group, 1, 512);
  window_ = makeSpin(group, 0, 512);
  window_->setPrefix(QStringLiteral("±"));
  window_->setToolTip(tr("mAP@k counts a top-k position as a hit within this many tokens of gold"));
  symmetricWindow_ = new QCheckBox(tr("Symmetric window"), group);
  symmetricWindow_->setToolTip(tr("Off: gold − w … gold + w − 1, as the reference code. On: gold − w … gold + w."));
  auto* form = groupForm(group);
  form->addRow(QString(), distill_);
  form->addRow(tr("α_CE"), alphaCe_);
  form->addRow(tr("α_KL"), alphaKl_);
  form->addRow(tr("Temperature"), temperature_);
  form->addRow(tr("KL direction"), direction_);
  form->addRow(tr("KL weighting"), weighting_);
  form->addRow(tr("k"), k_);
  form->addRow(tr("Window"), window_);
  form->addRow(QString(), symmetricWindow_);
  return group;
}

QWidget* TrainingSettingsForm::createOptimisationGroup() {
  auto* group = new QGroupBox(tr("Optimisation"), groups_);
  epochs_ = makeSpin(group, 0, 10000);
  batchSize_ = makeSpin(group, 0, 65536);
  batchSize_->setToolTip(tr("Windows per forward pass"));
  gradientAccumulation_ = makeSpin(group, 0, 65536);
  gradientAccumulation_->setToolTip(tr("Forward passes per optimizer step"));
  learningRate_ = new QLineEdit(group);
  weightDecay_ = makeDoubleSpin(group, 0, 10, 4, 0.01);
  adamEpsilon_ = new QLineEdit(group);
  warmupFraction_ = makeDoubleSpin(group, 0, 1, 3, 0.05);
  warmupFraction_->setToolTip(tr("Of all optimizer steps; then the rate decays linearly to 0"));
  maxGradNorm_ = makeDoubleSpin(group, 0, 1000, 2, 0.5);
  maxGradNorm_->setSpecialValueText(tr("no clipping"));
  seed_ = new QLineEdit(group);
  device_ = new QComboBox(group);
  device_->setEditable(true);
  device_->addItems({QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda:0")});
  dtype_ = new QComboBox(group);
  dtype_->addItem(tr("fp32"), QStringLiteral("fp32"));
  dtype_->addItem(tr("bf16 (mixed precision)"), QStringLiteral("bf16"));
  dtype_->setToolTip(tr("bf16: the matrix products in bfloat16 over fp32 master weights, gradients and Adam moments"));
  auto* form = groupForm(group);
  form->addRow(tr("Epochs"), epochs_);
  form->addRow(tr("Batch size"), batchSize_);
  form->addRow(tr("Gradient accumulation"), gradientAccumulation_);
  form->addRow(tr("Learning rate"), learningRate_);
  form->addRow(tr("Weight decay"), weightDecay_);
  form->addRow(tr("Adam ε"), adamEpsilon_);
  form->addRow(tr("Warm-up fraction"), warmupFraction_);
  form->addRow(tr("Max gradient norm"), maxGradNorm_);
  form->addRow(tr("Seed"), seed_);
  form->addRow(tr("Device"), device_);
  form->addRow(tr("Precision"), dtype_);
  return group;
}

QWidget* TrainingSettingsForm::createEvaluationGroup() {
  auto* group = new QGroupBox(tr("Dev evaluation after each epoch"), groups_);
  devData_ = new QPlainTextEdit(group);
  auto* sameAsTraining = new QPushButton(tr("Same as the training data"), group);
  connect(sameAsTraining, &QPushButton::clicked, this, [this] { devData_->setPlainText(trainData_->toPlainText()); });
  devPairs_ = new QLineEdit(group);
  devPairs_->setPlaceholderText(tr("all, xlt, gxlt or en-es, es-en"));
  devPairs_->setToolTip(tr("all: every pair; xlt: same language; gxlt: different languages; or a list of pairs"));
  devMaxExamples_ = makeSpin(group, 0, INT_MAX, tr("all"));
  auto* form = groupForm(group);
  form->addRow(tr("Inputs"), inputsRow(group, devData_));
  form->addRow(QString(), sameAsTraining);
  form->addRow(tr("Language pairs"), devPairs_);
  form->addRow(tr("Examples per pair"), devMaxExamples_);
  return group;
}

QWidget* TrainingSettingsForm::createOutputGroup() {
  auto* group = new QGroupBox(tr("Output"), groups_);
  outputDir_ = new QLineEdit(group);
  outputDir_->setPlaceholderText(tr("A new or empty folder (Resume: the folder of the training to continue)"));
  saveEvery_ = makeSpin(group, 0, INT_MAX, tr("at epoch ends only"));
  saveEvery_->setSuffix(tr(" steps"));
  auto* form = groupForm(group);
  form->addRow(tr("Folder"), folderRow(group, outputDir_, tr("Training output folder")));
  form->addRow(tr("Checkpoint every"), saveEvery_);
  return group;
}

void TrainingSettingsForm::connectChanges() {
  const auto changed = [this] { onChanged(); };
  for (QLineEdit* edit : {student_, teacher_, languages_, learningRate_, adamEpsilon_, seed_, devPairs_, outputDir_})
    connect(edit, &QLineEdit::textChanged, this, changed);
  for (QPlainTextEdit* edit : {trainData_, devData_}) connect(edit, &QPlainTextEdit::textChanged, this, changed);
  for (QCheckBox* box : {renewTeacher_, addEnglish_, distill_, symmetricWindow_})
    connect(box, &QCheckBox::toggled, this, changed);
  for (QSpinBox* spin : {targetLanguages_, maxQuestions_, maxSeqLength_, docStride_, maxQueryLength_, k_, window_,
                         epochs_, batchSize_, gradientAccumulation_, devMaxExamples_, saveEvery_})
    connect(spin, &QSpinBox::valueChanged, this, changed);
  for (QDoubleSpinBox* spin : {alphaCe_, alphaKl_, weightDecay_, warmupFraction_, maxGradNorm_})
    connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
  for (QComboBox* box : {direction_, weighting_, dtype_}) connect(box, &QComboBox::currentIndexChanged, this, changed);
  connect(device_, &QComboBox::currentTextChanged, this, changed);
  connect(temperature_, &TemperatureControl::temperatureChanged, this, changed);
}

TrainingConfig TrainingSettingsForm::config() const {
  TrainingConfig c;
  c.student = student_->text().trimmed().toStdString();
  c.teacher = teacher_->text().trimmed().toStdString();
  c.renewTeacherEachEpoch = renewTeacher_->isChecked();

  c.trainData = inputLines(trainData_);
  c.sampling.languages.clear();
  for (const QString& language : commaList(languages_->text()))
    if (language != QLatin1String("all")) c.sampling.languages.push_back(language.toStdString());
  c.sampling.targetLanguages = targetLanguages_->value();
  c.sampling.addEnglish = addEnglish_->isChecked();
  c.sampling.maxQuestions = static_cast<std::size_t>(maxQuestions_->value());
  c.features.maxSeqLength = maxSeqLength_->value();
  c.features.docStride = docStride_->value();
  c.features.maxQueryLength = maxQueryLength_->value();

  c.distill = distill_->isChecked();
  c.alphaCe = alphaCe_->value();
  c.alphaKl = alphaKl_->value();
  c.temperature = temperature_->temperature();
  c.direction = static_cast<KlDirection>(direction_->currentData().toInt());
  c.weighting = static_cast<KlWeighting>(weighting_->currentData().toInt());
  c.coefficient.kind = c.weighting == KlWeighting::MrrAtK ? CoefficientKind::MrrAtK : CoefficientKind::MapAtK;
  c.coefficient.k = k_->value();
  c.coefficient.window = window_->value();
  c.coefficient.symmetricWindow = symmetricWindow_->isChecked();

  c.epochs = epochs_->value();
  c.batchSize = batchSize_->value();
  c.gradientAccumulation = gradientAccumulation_->value();
  if (const auto rate = parseNumber(learningRate_->text())) c.learningRate = *rate;
  c.weightDecay = weightDecay_->value();
  if (const auto epsilon = parseNumber(adamEpsilon_->text())) c.adamEpsilon = *epsilon;
  c.warmupFraction = warmupFraction_->value();
  c.maxGradNorm = maxGradNorm_->value();
  bool seedOk = false;
  const qulonglong seed = seed_->text().trimmed().toULongLong(&seedOk);
  if (seedOk) c.seed = seed;
  c.device = device_->currentText().trimmed().toStdString();
  c.dtype = dtype_->currentData().toString().toStdString();

  c.devData = inputLines(devData_);
  c.devPairs = parsedDevPairs(nullptr);
  c.devMaxExamplesPerPair = static_cast<std::size_t>(devMaxExamples_->value());

  c.outputDir = outputDir_->text().trimmed().toStdString();
  c.saveEverySteps = saveEvery_->value();
  return c;
}

std::vector<LanguagePair> TrainingSettingsForm::parsedDevPairs(QStringList* problems) const {
  const QString selection = devPairs_->text().trimmed().toLower().remove(QLatin1Char(' '));
  if (selection.isEmpty() || selection == QLatin1String("all")) return {};  // every pair of the dev data
  try {
    if (selection == QLatin1String("xlt") || selection == QLatin1String("gxlt"))
      return selectPairs(selection.toStdString(), pairsOfInputs(inputLines(devData_)));
    std::vector<LanguagePair> pairs;
    for (const QString& item : commaList(selection)) pairs.push_back(parseLanguagePair(item.toStdString()));
    return pairs;
  } catch (const std::exception& e) {
    if (problems) *problems << tr("Dev language pairs: %1").arg(QString::fromUtf8(e.what()));
    return {};
  }
}

void TrainingSettingsForm::setConfig(const TrainingConfig& c) {
  settingConfig_ = true;
  student_->setText(QString::fromStdString(c.student));
  teacher_->setText(QString::fromStdString(c.teacher));
  renewTeacher_->setChecked(c.renewTeacherEachEpoch);

  setInputLines(trainData_, c.trainData);
  QStringList languages;
  for (const std::string& language : c.sampling.languages) languages << QString::fromStdString(language);
  languages_->setText(languages.join(QStringLiteral(", ")));
  targetLanguages_->setValue(c.sampling.targetLanguages);
  addEnglish_->setChecked(c.sampling.addEnglish);
  maxQuestions_->setValue(clampToInt(c.sampling.maxQuestions));
  maxSeqLength_->setValue(c.features.maxSeqLength);
  docStride_->setValue(c.features.docStride);
  maxQueryLength_->setValue(c.features.maxQueryLength);

  distill_->setChecked(c.distill);
  alphaCe_->setValue(c.alphaCe);
  alphaKl_->setValue(c.alphaKl);
  temperature_->setTemperature(c.temperature);
  direction_->setCurrentIndex(direction_->findData(static_cast<int>(c.direction)));
  weighting_->setCurrentIndex(weighting_->findData(static_cast<int>(c.weighting)));
  k_->setValue(c.coefficient.k);
  window_->setValue(c.coefficient.window);
  symmetricWindow_->setChecked(c.coefficient.symmetricWindow);

  epochs_->setValue(c.epochs);
  batchSize_->setValue(c.batchSize);
  gradientAccumulation_->setValue(c.gradientAccumulation);
  learningRate_->setText(shortestNumber(c.learningRate));
  weightDecay_->setValue(c.weightDecay);
  adamEpsilon_->setText(shortestNumber(c.adamEpsilon));
  warmupFraction_->setValue(c.warmupFraction);
  maxGradNorm_->setValue(c.maxGradNorm);
  seed_->setText(QString::number(static_cast<qulonglong>(c.seed)));
  device_->setCurrentText(QString::fromStdString(c.device));
  dtype_->setCurrentIndex(std::max(0, dtype_->findData(QString::fromStdString(c.dtype))));

  setInputLines(devData_, c.devData);
  QStringList pairs;
  for (const LanguagePair& pair : c.devPairs) pairs << QString::fromStdString(pair.key());
  devPairs_->setText(pairs.isEmpty() ? QStringLiteral("all") : pairs.join(QStringLiteral(", ")));
  devMaxExamples_->setValue(clampToInt(c.devMaxExamplesPerPair));

  outputDir_->setText(QString::fromStdString(c.outputDir));
  saveEvery_->setValue(c.saveEverySteps);
  settingConfig_ = false;
  onChanged();
}

void TrainingSettingsForm::applyPresetChoice(TrainingPreset preset) {
  TrainingConfig c = config();
  applyPreset(c, preset);
  setConfig(c);
  presetBox_->setCurrentIndex(presetBox_->findData(static_cast<int>(preset)));
}

void TrainingSettingsForm::suggestDefaults(const QString& student, const QStringList& trainData,
                                           const QString& outputDir) {
  if (student_->text().trimmed().isEmpty() && !student.isEmpty()) student_->setText(student);
  if (trainData_->toPlainText().trimmed().isEmpty() && !trainData.isEmpty())
    trainData_->setPlainText(trainData.join(QLatin1Char('\n')));
  if (outputDir_->text().trimmed().isEmpty() && !outputDir.isEmpty()) outputDir_->setText(outputDir);
}

void TrainingSettingsForm::onChanged() {
  if (settingConfig_) return;
  updateEnabledControls();
  emit changed();
}

void TrainingSettingsForm::updateEnabledControls() {
  const bool distill = distill_->isChecked();
  const auto weighting = static_cast<KlWeighting>(weighting_->currentData().toInt());
  teacherRow_->setEnabled(distill);
  renewTeacher_->setEnabled(distill && teacher_->text().trimmed().isEmpty());
  alphaKl_->setEnabled(distill && weighting == KlWeighting::Constant);  // else the coefficient is the weight
  for (QWidget* control : std::initializer_list<QWidget*>{temperature_, direction_, weighting_})
    control->setEnabled(distill);
  k_->setEnabled(distill && weighting != KlWeighting::Constant);
  // MRR@k's hit is the gold position itself: the window only matters to mAP@k.
  window_->setEnabled(distill && weighting == KlWeighting::MapAtK);
  symmetricWindow_->setEnabled(distill && weighting == KlWeighting::MapAtK);
}

QStringList TrainingSettingsForm::problems() const {
  QStringList found;
  if (!parseNumber(learningRate_->text())) found << tr("Learning rate: not a number");
  if (!parseNumber(adamEpsilon_->text())) found << tr("Adam ε: not a number");
  bool seedOk = false;
  seed_->text().trimmed().toULongLong(&seedOk);
  if (!seedOk) found << tr("Seed: not a whole number ≥ 0");
  parsedDevPairs(&found);
  // validate() checks values; what is (not) on disk is checked here, before a long start fails.
  const auto checkModel = [&found](const QLineEdit* edit, const char* key) {
    const QString dir = edit->text().trimmed();
    if (!dir.isEmpty() && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json"))))
      found << tr("%1: no model folder (config.json) at %2").arg(QLatin1String(key), dir);
  };
  checkModel(student_, "student");
  if (distill_->isChecked()) checkModel(teacher_, "teacher");
  const auto checkInputs = [&found](const QPlainTextEdit* edit, const char* key) {
    for (const std::string& input : inputLines(edit)) {
      const QString path = QString::fromStdString(inputPath(input));
      if (!QFileInfo::exists(path)) found << tr("%1: no such file or folder: %2").arg(QLatin1String(key), path);
    }
  };
  checkInputs(trainData_, "train_data");
  checkInputs(devData_, "dev_data");
  try {
    for (const Message& message : validate(config())) found << QString::fromStdString(message.localized());
  } catch (const std::exception& e) {
    found << QString::fromUtf8(e.what());
  }
  return found;
}

void TrainingSettingsForm::showValidation(const QStringList& problems, const QString& notice) {
  QPalette colours = validation_->palette();
  if (!problems.isEmpty()) {
    validation_->setText(tr("Cannot start yet:") + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    colours.setColor(QPalette::WindowText, palette::kVermillion);
  } else {
    validation_->setText(notice.isEmpty() ? tr("Ready to start.") : notice);
    colours.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
  }
  validation_->setPalette(colours);
}

QString TrainingSettingsForm::validationText() const { return validation_->text(); }

bool TrainingSettingsForm::saveConfigFile(const QString& path, QString* error) const {
  TrainingConfig c = config();
  c.student = absolutePath(c.student);
  c.teacher = absolutePath(c.teacher);
  c.outputDir = absolutePath(c.outputDir);
  for (std::string& input : c.trainData) input = absoluteInput(input);
  for (std::string& input : c.devData) input = absoluteInput(input);
  try {
    writeFileAtomically(path.toStdString(), toJson(c).dump(2) + "\n");
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

bool TrainingSettingsForm::loadConfigFile(const QString& path, QString* error) {
  try {
    const TrainingConfig c = readTrainingConfig(path.toStdString());
    setConfig(c);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

QString TrainingSettingsForm::outputDir() const { return outputDir_->text().trimmed(); }

void TrainingSettingsForm::setEditable(bool editable) {
  presetBox_->setEnabled(editable);
  groups_->setEnabled(editable);
}

}  // namespace xlqa
