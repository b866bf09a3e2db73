import sys

from cjdesigner.cli import main

sys.exit(main())
