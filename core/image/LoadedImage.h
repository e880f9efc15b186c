#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

namespace lgpn {

// An input image as the analysis sees it, with what a report needs to identify the file.
struct LoadedImage
{
    QString path;
    QByteArray sha256;        // hex digest of the file's bytes, as read
    qint64 fileSize = 0;
    QString format;           // PNG, JPEG, ...
    int width = 0;
    int height = 0;
    int channels = 0;         // as stored: 1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha
    int bitDepth = 8;         // as stored
    QStringList notes;        // what was done to make it analysable ("16-bit reduced to 8-bit", ...)
    cv::Mat rgb;              // 8-bit, 3 channels, RGB order, owns its pixels
};

} // namespace lgpn
