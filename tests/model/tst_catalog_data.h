#pragma once

// Kept out of tst_catalog.cpp: Qt 6.4's moc does not parse raw string literals (it finds no class after one).
namespace {

// A small valid product, one field per line so that the places in the messages below are easy to check.
const char *const baseJson = R"({
  "format": 1,
  "id": "demo",
  "name": "Demo",
  "vendor": "Demo Ltd",
  "description": {"en": "Demo", "de": "Demo", "es": "Demo"},
  "roles": [
    {"id": "server", "label": {"en": "Server", "de": "Server", "es": "Servidor"}, "description": {"en": "S", "de": "S", "es": "S"}}
  ],
  "values": [
    {"id": "db-port", "type": "port", "label": {"en": "P", "de": "P", "es": "P"}, "description": {"en": "P", "de": "P", "es": "P"}, "default": "5432"}
  ],
  "sources": [
    {"id": "kb", "title": "KB", "url": "https://example.com/kb", "kind": "vendor"}
  ],
  "rules": [
    {"id": "db-in", "direction": "in", "protocol": "tcp", "ports": [5432], "remote": {"kind": "lan"}, "purpose": {"en": "DB", "de": "DB", "es": "BD"}, "source": "kb"}
  ]
}
)";

} // namespace
