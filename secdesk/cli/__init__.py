"""The command line (`secdesk`)."""
