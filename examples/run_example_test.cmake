# The examples' tests (cmake -P; see examples/CMakeLists.txt). MODE:
#   answer  the answer to a question over a context is a non-empty piece of that context
#   run     `xlqa eval` of the model on en-de and de-en (100 examples each) into RUN
#   pair    evaluate_pair's EM and F1 on en-de are those `xlqa eval` wrote in RUN
#   scores  print_run_scores lists every pair of RUN with the scores in its pair files
cmake_minimum_required(VERSION 3.22)
set(max_examples 100)  # the first 20 of en-de all score 0 with this small model; 100 do not

foreach(needed MODEL DATA)
  if(NOT EXISTS "${${needed}}")
    message("SKIP: needs ${${needed}} (the shared data beside the checkout)")
    return()
  endif()
endforeach()

function(run_checked out)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${ARGN}\nexited with ${code}:\n${stdout}\n${stderr}")
  endif()
  set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

# The EM and F1 of `role` on `pair` as the run's pair file holds them.
function(run_scores pair role em f1)
  file(READ "${RUN}/pairs/${pair}.json" record)
  string(JSON value GET "${record}" ${role} exact_match)
  set(${em} ${value} PARENT_SCOPE)
  string(JSON value GET "${record}" ${role} f1)
  set(${f1} ${value} PARENT_SCOPE)
endfunction()

# EM and F1 of the line "<prefix>: EM <x> F1 <y> ..." of the output; compared as numbers (EQUAL
# parses doubles), since CMake's JSON prints them with 17 digits and nlohmann with the fewest.
function(expect_scores output prefix em f1)
  string(REGEX MATCH "${prefix}: EM ([^ ]+) F1 ([^ ]+) over ${max_examples} examples" line "${output}")
  if(NOT line)
    message(FATAL_ERROR "no line '${prefix}: EM .. F1 .. over ${max_examples} examples' in:\n${output}")
  endif()
  if(NOT CMAKE_MATCH_1 EQUAL em OR NOT CMAKE_MATCH_2 EQUAL f1)
    message(FATAL_ERROR "${prefix}: EM ${CMAKE_MATCH_1} F1 ${CMAKE_MATCH_2}, but the run has EM ${em} F1 ${f1}")
  endif()
endfunction()

if(MODE STREQUAL "answer")
  set(context "The Rhine rises in the Swiss Alps and flows for about 1,230 kilometres to the North Sea.")
  run_checked(answer "${ANSWER_QUESTION}" "${MODEL}" "Where does the Rhine rise?" "${context}")
  string(STRIP "${answer}" answer)
  string(FIND "${context}" "${answer}" at)
  if(answer STREQUAL "" OR at EQUAL -1)
    message(FATAL_ERROR "the answer '${answer}' is not a non-empty part of the context")
  endif()
  message("answer: ${answer}")
elseif(MODE STREQUAL "run")
  file(REMOVE_RECURSE "${RUN}")
  run_checked(out "${XLQA}" eval --student "${MODEL}" --data "${DATA}" --pairs en-de,de-en
              --max-examples-per-pair ${max_examples} --out "${RUN}")
elseif(MODE STREQUAL "pair")
  run_checked(out "${EVALUATE_PAIR}" "${MODEL}" "${DATA}" en-de --max-examples ${max_examples})
  run_scores(en-de student em f1)
  expect_scores("${out}" "en-de" ${em} ${f1})
  message("${out}")
elseif(MODE STREQUAL "scores")
  run_checked(out "${PRINT_RUN_SCORES}" "${RUN}")
  foreach(pair en-de de-en)
    run_scores(${pair} student em f1)
    expect_scores("${out}" "${pair} student" ${em} ${f1})
  endforeach()
  if(NOT out MATCHES "complete, started [^,]+, 2 of 2 pairs done")
    message(FATAL_ERROR "no 'complete, ... 2 of 2 pairs done' in:\n${out}")
  endif()
  message("${out}")
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
