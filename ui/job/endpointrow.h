#pragma once

class QComboBox;
class QLabel;
class QLineEdit;

// The fields of a token for this session, beside the Job ID field: where it goes (a region, or
// a base URL typed in `customUrl`) and the token. The job page lays them out; the Profile bar
// fills, shows and reads them.
struct EndpointRow
{
    QLabel *endpointLabel = nullptr;
    QComboBox *endpoint = nullptr;
    QLineEdit *customUrl = nullptr;
    QLabel *tokenLabel = nullptr;
    QLineEdit *token = nullptr;
};
