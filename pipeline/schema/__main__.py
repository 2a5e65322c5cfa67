import sys

from pipeline.schema import main

sys.exit(main(sys.argv[1:]))
