#pragma once

// What a screen reader learns from the job page's drawn widgets, which Qt's default interface
// leaves silent (a QWidget says only its accessible name): the health gauge is a value 0-100
// named with its score and band, a status badge and a permission mark say their state in their
// name, and the error banner is an alert. Descriptions are the widgets' own plain text, never
// a rich tooltip's markup.
namespace JobAccessibility {

// Installs the interfaces' factory; the widgets call it from their constructors, it acts once.
void install();

} // namespace JobAccessibility
