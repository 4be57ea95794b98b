#include "cli/commandline.h"
#include "window/windowmain.h"

int main(int argc, char **argv)
{
    // Subcommands run without QApplication so they never need a display.
    if (CommandLine::isCommandLineInvocation(argc, argv))
        return CommandLine::runProgram(argc, argv);
    return runWindow(argc, argv);
}
