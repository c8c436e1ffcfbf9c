#include "widgets/heatmap_view.h"
