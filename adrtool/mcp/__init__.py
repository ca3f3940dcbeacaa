"""`adr mcp`: the decision log served to coding agents over the Model Context Protocol, on stdio.

Only ``adrtool.mcp.server`` imports the SDK (the optional extra `adrtool[mcp]`). The tools, their arguments,
the resources and the writes are plain adrtool code over the core functions the CLI calls (``tools``,
``reading``, ``writing``, ``resources``), typed and testable without the SDK.
"""
