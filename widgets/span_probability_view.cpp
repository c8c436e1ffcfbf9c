#include "widgets/span_probability_view.h"
