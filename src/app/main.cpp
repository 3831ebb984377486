#include "application.h"

int main(int argc, char **argv)
{
    return atrium::app::run(argc, argv);
}
