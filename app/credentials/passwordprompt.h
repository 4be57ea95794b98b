#pragma once

#include "credentials/profilestore.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// How a password profile's sign-in asks the user for the password (the window's sign-in
// dialog). Plain types, so that the window can answer without loading the credentials code.
struct PasswordRequest
{
    Profile profile;
    QString reason;  // why a sign-in is needed, one sentence for the dialog
};

struct PasswordAnswer
{
    QByteArray password;
    bool remember = false;  // keep it in the keychain
};

// Reply with nullopt when the user cancels. Call reply exactly once, possibly later.
using PasswordReply = std::function<void(std::optional<PasswordAnswer>)>;
using PasswordPrompt = std::function<void(const PasswordRequest &request, PasswordReply reply)>;
