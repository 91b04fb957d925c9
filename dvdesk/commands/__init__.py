"""One module per group of subcommands; each has ``run(args) -> int``."""
