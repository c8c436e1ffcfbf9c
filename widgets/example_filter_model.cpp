#include "widgets/example_filter_model.h"
