// claimlint: the executable; everything lives in claimlint_core.
#include "cli/cli_main.h"

int main(int argc, char** argv) { return claimlint::cli_main(argc, argv); }
