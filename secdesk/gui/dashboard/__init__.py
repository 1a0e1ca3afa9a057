"""The first screen: tiles and the chart."""
