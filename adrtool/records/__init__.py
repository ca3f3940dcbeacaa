"""The decision log: reading and writing record files."""
