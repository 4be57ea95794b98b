#pragma once

#include <QString>

// Files of the user's own data (the history, the settings) are for the user alone: folders
// 0700, files 0600, whatever the umask. On Windows, where the profile's folders are the user's
// already, nothing is changed.
namespace PrivateFiles {

// Creates `directory` and its missing parents; makes it 0700 when it belongs to this user.
// False when it cannot be created.
bool makeDirectory(const QString &directory);

// Makes the file at `path` 0600 when it belongs to this user, creating it empty first when
// `create` is true and it does not exist. A symbolic link is left alone. False when a file
// that should be created could not be.
bool makeFile(const QString &path, bool create);

// The permission bits of `path` (0600...), or -1 when it cannot be read; for the tests.
int mode(const QString &path);

} // namespace PrivateFiles
