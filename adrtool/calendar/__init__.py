"""Release cycles as ordered data, and when a revisit point falls due on them."""
