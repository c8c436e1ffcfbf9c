#include "core/store/example_tags.h"
