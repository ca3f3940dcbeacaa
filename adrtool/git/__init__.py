"""Every git access adrtool makes, behind one small API."""
