#include "cli/buildsession.h"

#include "api/apierror.h"
#include "api/buildclient.h"
#include "cli/terminal.h"
#include "credentials/credentialprovider.h"

#include <QCoreApplication>

namespace CommandLine {

namespace {

// The same translation context as the rest of the command line.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int kExitNetwork = 6;

} // namespace

std::optional<int> openBuildSession(BuildSession &session, const QCommandLineParser &parser,
                                    const QString &jobArgument)
{
    auto prepared = prepareJobRequest(parser, jobArgument, &session.nam);
    if (const int *exitCode = std::get_if<int>(&prepared))
        return *exitCode;
    session.request = std::move(std::get<JobRequest>(prepared));
    if (session.request.demo) {
        if (!session.sandbox.start())
            return fail(kExitNetwork, Text::tr("The demo sandbox could not listen on 127.0.0.1."));
        session.request.options.baseUrl = session.sandbox.baseUrl();
    }
    session.client = std::make_unique<BuildClient>(&session.nam, session.request.credentials->provider.get());
    session.client->setOptions(session.request.options);
    if (session.request.verbose)
        QObject::connect(session.request.credentials->provider.get(), &CredentialProvider::trace,
                         session.client.get(), &CommandLine::trace);
    return std::nullopt;
}

int failWith(const ApiError &error)
{
    return fail(error.exitCode(), error.oneLine());
}

} // namespace CommandLine
