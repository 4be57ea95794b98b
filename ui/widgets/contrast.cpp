#include "widgets/contrast.h"

#include <algorithm>
#include <cmath>

namespace Contrast {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())), float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

// The least mix of `color` towards `target` that reaches `minimum`; `target` itself when even
// that falls short. Luminance only grows (or only falls) along the way, so a bisection finds it.
QColor movedTowards(const QColor &color, const QColor &target, const QColor &background, double minimum)
{
    if (ratio(target, background) < minimum)
        return target;
    double low = 0;
    double high = 1;
    for (int step = 0; step < 24; ++step) {
        const double middle = (low + high) / 2;
        (ratio(mixed(color, target, middle), background) >= minimum ? high : low) = middle;
    }
    return mixed(color, target, high);
}

} // namespace

QColor composed(const QColor &color, const QColor &background)
{
    const QColor opaque = background.toRgb();
    QColor solid = color.toRgb();
    const double alpha = solid.alphaF();
    solid.setAlphaF(1);
    return alpha >= 1 ? solid : mixed(opaque, solid, alpha);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(composed(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor readable(const QColor &color, const QColor &background, double minimum)
{
    const QColor solid = composed(color, background);
    if (ratio(solid, background) >= minimum)
        return solid;
    const bool darker = luminance(solid) <= luminance(background);
    const QColor same = darker ? QColor(Qt::black) : QColor(Qt::white);
    const QColor other = darker ? QColor(Qt::white) : QColor(Qt::black);
    if (ratio(same, background) >= minimum)
        return movedTowards(solid, same, background, minimum);
    const QColor across = movedTowards(solid, other, background, minimum);
    return ratio(across, background) >= ratio(same, background) ? across : same;
}

QColor readable(const QColor &color, std::initializer_list<QColor> backgrounds, double minimum)
{
    QColor result = color;
    // Each pass moves the colour away from one background; a few passes settle it when the
    // backgrounds are alike (Window and Base), and stop trying when they pull apart.
    for (int pass = 0; pass < 4; ++pass) {
        bool reached = true;
        for (const QColor &background : backgrounds) {
            result = readable(result, background, minimum);
            reached = reached && std::all_of(backgrounds.begin(), backgrounds.end(), [&](const QColor &other) {
                return ratio(result, other) >= minimum;
            });
        }
        if (reached)
            break;
    }
    return result;
}

QColor secondaryText(const QColor &text, const QColor &background)
{
    QColor faded = text;
    faded.setAlphaF(0.7f * text.alphaF());
    return readable(faded, background, kText);
}

} // namespace Contrast
