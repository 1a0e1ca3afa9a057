"""Links between registers: the one place that knows two registers at once."""
