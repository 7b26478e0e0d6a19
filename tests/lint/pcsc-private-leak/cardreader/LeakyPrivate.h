// Fixture for ctest 'public_headers_private_control': a "public" card header that includes the library's private
// PC/SC wrapper by its folder path, as every include is written. The check must fail on it.
#pragma once

#include "cardreader/pcsc/Pcsc.h"
