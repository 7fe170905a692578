import os
import subprocess
import sys

# Which Keras tf.layers uses is settled once per process, at its first use: so run the
# TF1 code in a new Python, without TF_USE_LEGACY_KERAS, as a program that forgot it would.
tf1_code = """
import os
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
for attempt in ["without TF_USE_LEGACY_KERAS:", "with it set too late:    "]:
    try:
        tf.layers.Dense(units=2)
    except AttributeError as e:
        print(attempt, type(e).__name__ + ":", e)
    os.environ["TF_USE_LEGACY_KERAS"] = "1"
"""
env = {name: value for name, value in os.environ.items() if name != "TF_USE_LEGACY_KERAS"}
run = subprocess.run([sys.executable, "-c", tf1_code], env=env, capture_output=True, text=True)
for line in run.stdout.splitlines():
    print(line)
    #> without TF_USE_LEGACY_KERAS: AttributeError: `Dense` is not available with Keras 3.
    #> with it set too late:     AttributeError: `Dense` is not available with Keras 3.
