#pragma once

#include "catalog/entity.h"
#include "catalog/entityblock.h"
#include "catalog/problem.h"
#include "yaml/yamldocument.h"

#include <QStringList>
#include <vector>

namespace atrium::catalog {

// What one descriptor file contributed: its entities, its problems, and the files its Location
// entities point at (absolute, inside the root, globs expanded).
struct FileResult {
    QString path;
    QString rootDir;              // the catalog source root this file was read under
    std::vector<Entity> entities;
    BlockPtr block;               // the entities in compact form, once the loader has packed them
    ProblemList problems;
    QStringList locationFiles;
    bool failed = false;          // unreadable or unparsable: the file contributes no entities
    qint64 bytes = 0;
};

// Reads, parses and validates one descriptor file. Never throws; every failure is a Problem.
FileResult readDescriptorFile(const QString &path, const QString &rootDir,
                              const yaml::Limits &limits = {});

// Expands a Location target (relative path or glob with `*`, `**`, `?`) against baseDir, keeping
// only files inside rootDir. Errors (absolute path, escape, no match) are reported in `problems`.
QStringList expandLocationTarget(const QString &target, const QString &baseDir, const QString &rootDir,
                                 QString *error);

} // namespace atrium::catalog
