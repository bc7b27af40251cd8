#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Checks of the offline content (docs/api.md, "Offline content") shared by the manifest, content and
// pack tests: what an app does with what the server hands it.

// Whether signatureBase64 is a valid Ed25519 signature of message by the public key in publicKeyPem
// (verified with OpenSSL, independently of the server's code).
bool verifyEd25519(const QByteArray &message, const QByteArray &signatureBase64, const QString &publicKeyPem);

QByteArray sha256Hex(const QByteArray &data);

// What is wrong with a manifest text (its shape, key order, paths, version, total), or "" if nothing.
QString manifestProblem(const QByteArray &manifest);

// The files of a manifest text.
QJsonArray manifestFiles(const QByteArray &manifest);

// The compact JSON of an envelope's `data`, cut from the raw body (keys are sorted, so "data" comes
// first and "metadata" follows): what course.json and lessons/<id>.json must equal byte for byte.
QByteArray rawEnvelopeData(const QByteArray &body);
