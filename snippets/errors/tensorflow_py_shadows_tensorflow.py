import os
import subprocess
import sys
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A script of one's own named tensorflow.py, next to the program: Python imports it in place of
# TensorFlow, on TensorFlow 1.x as on 2.x, and the message is the same as on the TF2 namespace.
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "tensorflow.py"), "w") as f:
    f.write("# my own experiments\n")
program = "import tensorflow as tf; print(tf.__file__); tf.placeholder"
run = subprocess.run([sys.executable, "-c", program], cwd=folder, capture_output=True, text=True)
print("tf.__file__:", os.path.basename(run.stdout.strip()))
#> tf.__file__: tensorflow.py
print(run.stderr.strip().splitlines()[-1])
#> AttributeError: module 'tensorflow' has no attribute 'placeholder'

# The fix: rename the file (tf.__file__ shows which one was imported); TensorFlow is found again.
os.rename(os.path.join(folder, "tensorflow.py"), os.path.join(folder, "my_experiments.py"))
program = "import tensorflow as tf; print(tf.__file__)"
run = subprocess.run([sys.executable, "-c", program], cwd=folder, capture_output=True, text=True)
print("tf.__file__:", "/".join(run.stdout.strip().split(os.sep)[-2:]))
#> tf.__file__: tensorflow/__init__.py
