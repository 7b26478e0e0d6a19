#pragma once

// A public card header that leaks PC/SC: the control case of the public_headers check.
#include <PCSC/winscard.h>
