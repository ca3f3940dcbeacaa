"""What adrtool makes of a log for people and scripts: due report, index, graph, output formats."""
