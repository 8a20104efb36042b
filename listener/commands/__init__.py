"""One module per `listener` subcommand: `add_parser(subparsers)` and `run(args, settings)`."""
