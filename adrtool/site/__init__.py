"""The decision log as a static site (`adr site`): pages rendered from the core's data, no network needed."""
