#include "widgets/map_at_k_view.h"
