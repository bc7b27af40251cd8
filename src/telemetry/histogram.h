#pragma once

#include <QJsonArray>
#include <array>

// The fixed buckets of docs/telemetry.md: a value v > 0 falls in bucket k = ceil(4·log2 v), whose upper
// bound is le = 2^(k/4); v ≤ 0 falls in le = 0. Every device and version uses the same bounds, so the
// server can add histograms up. Bucket k is kept here at index k - kMinExponent + 1, index 0 being v ≤ 0.
namespace tpn::telemetry::histogram {

// Bounds below 2^(-32/4) ≈ 0.0039 all round to "0.00" on the wire, so smaller values share that bucket.
inline constexpr int kMinExponent = -32;
// 2^(160/4) ≈ 1.1e12: 35 years in ms, a terabyte per second. Larger values are counted in the top bucket.
inline constexpr int kMaxExponent = 160;
inline constexpr int kBuckets = kMaxExponent - kMinExponent + 2;
inline constexpr int kMaxSentBuckets = 64; // the wire's limit per metric

using Counts = std::array<quint32, kBuckets>;

// The index of v's bucket; v must be finite.
int bucketOf(double v);
// The bucket's upper bound as sent: 2^(k/4) rounded to 2 decimals (0 for index 0).
double upperBound(int index);
// The non-empty buckets as [le, count] pairs in ascending order. Buckets whose rounded bounds are equal
// are sent as one; past 64 pairs, the lowest are folded into the 64th from the top (its le still bounds
// them from above, so quantiles at and above it stay exact).
QJsonArray toJson(const Counts &counts);

} // namespace tpn::telemetry::histogram
