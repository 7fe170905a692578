# tf2-only: TF_USE_LEGACY_KERAS and the tf-keras package came with Keras 3, in TensorFlow 2.16
import subprocess
import sys

# TF_USE_LEGACY_KERAS=1 without the tf-keras package, in a program of its own; there, the package is
# hidden from Python, as if it were not installed.
program = """
import os, sys
sys.modules["tf_keras"] = None
os.environ["TF_USE_LEGACY_KERAS"] = "1"
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
try:
    tf.layers.Dense(units=2)
except ImportError as e:
    print(type(e).__name__ + ":", e)
"""
run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
print(run.stdout.strip())
#> ImportError: Keras cannot be imported. Check that it is installed.
# Before the error, TensorFlow logs a warning that says what is missing.
print(next(line for line in run.stderr.splitlines() if "tf_keras package" in line))
#> WARNING:tensorflow:Your environment has TF_USE_LEGACY_KERAS set to True, but you do not have the tf_keras package installed. You must install it in order to use the legacy tf.keras. Install it via: `pip install tf_keras`
