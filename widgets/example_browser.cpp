#include "widgets/example_browser.h"
