"""adrtool: architecture decision records with a revisit point on a planning calendar."""

__version__ = "0.1.0"
