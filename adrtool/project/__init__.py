"""The project's setting: where the log is, its config, its templates."""
