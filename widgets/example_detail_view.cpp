#include "widgets/example_detail_view.h"
