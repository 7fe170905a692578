import os
import subprocess
import sys

# Which Keras tf.layers uses is settled once per process, at its first use: so run the
# TF1 code in a new Python, without TF_USE_LEGACY_KERAS, as a program that forgot it would.
tf1_code = """
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
tf.layers.Dense(units=2)
"""
env = {name: value for name, value in os.environ.items() if name != "TF_USE_LEGACY_KERAS"}
run = subprocess.run([sys.executable, "-c", tf1_code], env=env, capture_output=True, text=True)
print(run.stderr.splitlines()[-1])
#> AttributeError: `Dense` is not available with Keras 3.
