#pragma once

#include <functional>

class QQuickWindow;

// Runs `then` once, right after the window's first frame has been swapped to the screen.
// frameSwapped can arrive more than once before a disconnect takes effect (Qt 6.4), hence a guard.
void onFirstFrame(QQuickWindow *window, std::function<void()> then);

// The process's peak resident memory in KiB (VmHWM), or -1 where the platform does not say.
long long peakResidentKiB();

// Prints the line the startup benchmark reads: "first-frame peak-rss-kib=N".
void printFirstFrameReport();
