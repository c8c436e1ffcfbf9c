#include "core/demo/fact_templates.h"

#include <array>
#include <map>
#include <stdexcept>

namespace xlqa {
namespace {

using Templates = std::array<FactTemplate, kFactKindCount>;  // in FactKind order

Templates english() {
  return {{
      {{"{P} was born in {C} on {D}."}, {{'C', {"Where was {P} born?"}}, {'D', {"When was {P} born?"}}}},
      {{"In {Y}, {P} founded the company {O}."},
       {{'O', {"Which company did {P} found?"}}, {'Y', {"In which year did {P} found the company {O}?"}}}},
      {{"The company {O} employs {N} people."}, {{'N', {"How many people does the company {O} employ?"}}}},
      {{"The company {O} is based in {C}."}, {{'C', {"Where is the company {O} based?"}}}},
      {{"{C} lies on the river {R}."}, {{'R', {"On which river does {C} lie?"}}}},
      {{"{C} has a population of {N}."}, {{'N', {"What is the population of {C}?"}}}},
      {{"{C} was founded in {Y}."}, {{'Y', {"In which year was {C} founded?"}}}},
      {{"The company {O} is led by {P}."}, {{'P', {"Who leads the company {O}?"}}}},
  }};
}

Templates spanish() {
  return {{
      {{"{P} nació en {C} el {D}."}, {{'C', {"¿Dónde nació {P}?"}}, {'D', {"¿Cuándo nació {P}?"}}}},
      {{"En {Y}, {P} fundó la empresa {O}."},
       {{'O', {"¿Qué empresa fundó {P}?"}}, {'Y', {"¿En qué año fundó {P} la empresa {O}?"}}}},
      {{"La empresa {O} emplea a {N} personas."}, {{'N', {"¿A cuántas personas emplea la empresa {O}?"}}}},
      {{"La empresa {O} tiene su sede en {C}."}, {{'C', {"¿Dónde tiene su sede la empresa {O}?"}}}},
      {{"{C} está a orillas del río {R}."}, {{'R', {"¿A orillas de qué río está {C}?"}}}},
      {{"{C} tiene {N} habitantes."}, {{'N', {"¿Cuántos habitantes tiene {C}?"}}}},
      {{"{C} fue fundada en {Y}."}, {{'Y', {"¿En qué año fue fundada {C}?"}}}},
      {{"La empresa {O} está dirigida por {P}."}, {{'P', {"¿Quién dirige la empresa {O}?"}}}},
  }};
}

Templates german() {
  return {{
      {{"{P} wurde am {D} in {C} geboren."}, {{'C', {"Wo wurde {P} geboren?"}}, {'D', {"Wann wurde {P} geboren?"}}}},
      {{"Im Jahr {Y} gründete {P} das Unternehmen {O}."},
       {{'O', {"Welches Unternehmen gründete {P}?"}}, {'Y', {"In welchem Jahr gründete {P} das Unternehmen {O}?"}}}},
      {{"Das Unternehmen {O} beschäftigt {N} Menschen."},
       {{'N', {"Wie viele Menschen beschäftigt das Unternehmen {O}?"}}}},
      {{"Das Unternehmen {O} hat seinen Sitz in {C}."}, {{'C', {"Wo hat das Unternehmen {O} seinen Sitz?"}}}},
      {{"{C} liegt am Fluss {R}."}, {{'R', {"An welchem Fluss liegt {C}?"}}}},
      {{"{C} hat {N} Einwohner."}, {{'N', {"Wie viele Einwohner hat {C}?"}}}},
      {{"{C} wurde im Jahr {Y} gegründet."}, {{'Y', {"In welchem Jahr wurde {C} gegründet?"}}}},
      {{"Das Unternehmen {O} wird von {P} geleitet."}, {{'P', {"Wer leitet das Unternehmen {O}?"}}}},
  }};
}

Templates arabic() {
  return {{
      {{"وُلد {P} في {C} في {D}.", "وُلدت {P} في {C} في {D}."},
       {{'C', {"أين وُلد {P}؟", "أين وُلدت {P}؟"}}, {'D', {"متى وُلد {P}؟", "متى وُلدت {P}؟"}}}},
      {{"في عام {Y} أسس {P} شركة {O}.", "في عام {Y} أسست {P} شركة {O}."},
       {{'O', {"ما الشركة التي أسسها {P}؟", "ما الشركة التي أسستها {P}؟"}},
        {'Y', {"في أي عام أسس {P} شركة {O}؟", "في أي عام أسست {P} شركة {O}؟"}}}},
      {{"توظف شركة {O} {N} شخصًا."}, {{'N', {"كم شخصًا توظف شركة {O}؟"}}}},
      {{"يقع مقر شركة {O} في {C}."}, {{'C', {"أين يقع مقر شركة {O}؟"}}}},
      {{"تقع مدينة {C} على نهر {R}."}, {{'R', {"على أي نهر تقع مدينة {C}؟"}}}},
      {{"يبلغ عدد سكان مدينة {C} {N} نسمة."}, {{'N', {"كم يبلغ عدد سكان مدينة {C}؟"}}}},
      {{"تأسست مدينة {C} عام {Y}."}, {{'Y', {"في أي عام تأسست مدينة {C}؟"}}}},
      {{"يتولى {P} إدارة شركة {O}.", "تتولى {P} إدارة شركة {O}."}, {{'P', {"من يدير شركة {O}؟"}}}},
  }};
}

Templates hindi() {
  return {{
      {{"{P} का जन्म {D} को {C} में हुआ था।"}, {{'C', {"{P} का जन्म कहाँ हुआ था?"}}, {'D', {"{P} का जन्म कब हुआ था?"}}}},
      {{"{Y} में {P} ने {O} नामक कंपनी की स्थापना की।"},
       {{'O', {"{P} ने किस कंपनी की स्थापना की?"}}, {'Y', {"{P} ने {O} कंपनी की स्थापना किस वर्ष में की?"}}}},
      {{"{O} कंपनी में {N} लोग काम करते हैं।"}, {{'N', {"{O} कंपनी में कितने लोग काम करते हैं?"}}}},
      {{"{O} कंपनी का मुख्यालय {C} में है।"}, {{'C', {"{O} कंपनी का मुख्यालय कहाँ है?"}}}},
      {{"{C} शहर {R} नदी के किनारे बसा है।"}, {{'R', {"{C} शहर किस नदी के किनारे बसा है?"}}}},
      {{"{C} शहर की जनसंख्या {N} है।"}, {{'N', {"{C} शहर की जनसंख्या कितनी है?"}}}},
      {{"{C} शहर की स्थापना {Y} में हुई थी।"}, {{'Y', {"{C} शहर की स्थापना किस वर्ष में हुई थी?"}}}},
      {{"{O} कंपनी का नेतृत्व {P} करते हैं।"}, {{'P', {"{O} कंपनी का नेतृत्व कौन करता है?"}}}},
  }};
}

Templates vietnamese() {
  return {{
      {{"{P} sinh ra tại {C} vào {D}."}, {{'C', {"{P} sinh ra ở đâu?"}}, {'D', {"{P} sinh ra khi nào?"}}}},
      {{"Năm {Y}, {P} thành lập công ty {O}."},
       {{'O', {"{P} đã thành lập công ty nào?"}}, {'Y', {"{P} thành lập công ty {O} vào năm nào?"}}}},
      {{"Công ty {O} có {N} nhân viên."}, {{'N', {"Công ty {O} có bao nhiêu nhân viên?"}}}},
      {{"Trụ sở của công ty {O} đặt tại {C}."}, {{'C', {"Trụ sở của công ty {O} đặt ở đâu?"}}}},
      {{"Thành phố {C} nằm bên sông {R}."}, {{'R', {"Thành phố {C} nằm bên sông nào?"}}}},
      {{"Thành phố {C} có {N} dân."}, {{'N', {"Thành phố {C} có bao nhiêu dân?"}}}},
      {{"Thành phố {C} được thành lập vào năm {Y}."}, {{'Y', {"Thành phố {C} được thành lập vào năm nào?"}}}},
      {{"Công ty {O} do {P} lãnh đạo."}, {{'P', {"Ai lãnh đạo công ty {O}?"}}}},
  }};
}

Templates chinese() {
  return {{
      {{"{P}于{D}出生在{C}。"}, {{'C', {"{P}出生在哪里？"}}, {'D', {"{P}是什么时候出生的？"}}}},
      {{"{Y}年，{P}创立了{O}公司。"}, {{'O', {"{P}创立了哪家公司？"}}, {'Y', {"{P}在哪一年创立了{O}公司？"}}}},
      {{"{O}公司有{N}名员工。"}, {{'N', {"{O}公司有多少名员工？"}}}},
      {{"{O}公司的总部位于{C}。"}, {{'C', {"{O}公司的总部位于哪里？"}}}},
      {{"{C}市位于{R}河畔。"}, {{'R', {"{C}市位于哪条河畔？"}}}},
      {{"{C}市有{N}名居民。"}, {{'N', {"{C}市有多少名居民？"}}}},
      {{"{C}市建于{Y}年。"}, {{'Y', {"{C}市建于哪一年？"}}}},
      {{"{O}公司由{P}领导。"}, {{'P', {"谁领导{O}公司？"}}}},
  }};
}

const std::map<std::string, Templates>& allTemplates() {
  static const std::map<std::string, Templates> templates = {
      {"en", english()}, {"es", spanish()},    {"de", german()},  {"ar", arabic()},
      {"hi", hindi()},   {"vi", vietnamese()}, {"zh", chinese()},
  };
  return templates;
}

const std::map<std::string, std::array<const char*, 12>>& monthNames() {
  static const std::map<std::string, std::array<const char*, 12>> months = {
      {"en",
       {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December"}},
      {"es",
       {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre"}},
      {"de",
       {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember"}},
      {"ar",
       {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}},
      {"hi", {"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"}},
  };
  return months;
}

}  // namespace

const std::vector<std::string>& demoLanguages() {
  static const std::vector<std::string> languages = {"en", "es", "de", "ar", "hi", "vi", "zh"};
  return languages;
}

const FactTemplate& factTemplate(const std::string& language, FactKind kind) {
  const auto it = allTemplates().find(language);
  if (it == allTemplates().end()) throw std::invalid_argument("no demo templates for language '" + language + "'");
  return it->second[static_cast<std::size_t>(kind)];
}

std::string renderDate(const std::string& language, int day, int month, int year) {
  const std::string d = std::to_string(day), m = std::to_string(month), y = std::to_string(year);
  if (language == "zh") return y + "年" + m + "月" + d + "日";
  if (language == "vi") return "ngày " + d + " tháng " + m + " năm " + y;
  const auto it = monthNames().find(language);
  if (it == monthNames().end()) throw std::invalid_argument("no demo dates for language '" + language + "'");
  const std::string name = it->second.at(static_cast<std::size_t>(month - 1));
  if (language == "es") return d + " de " + name + " de " + y;
  if (language == "de") return d + ". " + name + " " + y;
  return d + " " + name + " " + y;  // en, ar, hi
}

const char* sentenceSeparator(const std::string& language) { return language == "zh" ? "" : " "; }

}  // namespace xlqa
