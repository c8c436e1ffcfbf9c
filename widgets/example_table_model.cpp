#include "widgets/example_table_model.h"
