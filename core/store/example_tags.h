#pragma once
// Annotators' tags on a run's examples (placeholder: being written).
namespace xlqa {}
