import os
import subprocess
import sys

# TensorFlow 2.16 and later use Keras 3 unless tf-keras is installed and TF_USE_LEGACY_KERAS=1
# is set before Keras is first used. Which Keras it uses is settled once per process, so the
# TF2 code runs in a new Python, without that variable.
tf2_code = """
import tensorflow as tf
import keras
print("Keras", keras.__version__.split(".")[0])

# The shared layer works the same; its variables' names do not carry the layer's name.
dense = tf.keras.layers.Dense(units=2, name="dense")
dense(tf.constant([[1.0, 2.0, 3.0]]))
dense(tf.constant([[2.0, 4.0, 6.0]]))
print("names:", [var.name for var in dense.trainable_variables])
print("paths:", [var.path for var in dense.trainable_variables])

# The decorator that keeps scope-based code in a layer is part of tf-keras only.
try:
    tf.compat.v1.keras.utils.track_tf1_style_variables
except AttributeError as e:
    print(type(e).__name__ + ":", e)
"""
env = {name: value for name, value in os.environ.items() if name != "TF_USE_LEGACY_KERAS"}
run = subprocess.run([sys.executable, "-c", tf2_code], env=env, capture_output=True, text=True)
for line in run.stdout.splitlines():
    print(line)
    #> Keras 3
    #> names: ['kernel', 'bias']
    #> paths: ['dense/kernel', 'dense/bias']
    #> AttributeError: module 'keras.utils' has no attribute 'track_tf1_style_variables'
