// Fixture for ctest 'include_paths_control': an include written without its folder. The check must fail on it.
#pragma once

#include "KioskSession.h"
