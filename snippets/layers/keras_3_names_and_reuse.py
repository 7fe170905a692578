import os
import subprocess
import sys

# tf.keras is Keras 3 unless TF_USE_LEGACY_KERAS is set before TensorFlow is first imported:
# so run this in a new Python, without it.
keras_3_code = """
import tensorflow as tf

print("Keras", tf.keras.__version__.split(".")[0])
x = tf.ones([1, 3])
with tf.compat.v1.variable_scope("vs"):
    first = tf.keras.layers.Dense(2, name="fc")
    first(x)
with tf.compat.v1.variable_scope("vs", reuse=True):
    second = tf.keras.layers.Dense(2, name="fc2")
    second(x)
with tf.name_scope("ns"):
    third = tf.keras.layers.Dense(2, name="fc3")
    third(x)
for layer in [first, second, third]:
    kernel = layer.kernel
    print("name:", kernel.name, "| path:", kernel.path, "| tf.Variable:", kernel.value.name)
print("reuse=True shared it:", second.kernel is first.kernel)
first(2 * x)
print("calling the same layer again, its variables:", len(first.weights))
"""
env = {name: value for name, value in os.environ.items() if name != "TF_USE_LEGACY_KERAS"}
run = subprocess.run([sys.executable, "-c", keras_3_code], env=env, capture_output=True, text=True)
for line in run.stdout.splitlines():
    print(line)
    #> Keras 3
    #> name: kernel | path: fc/kernel | tf.Variable: vs/fc/kernel:0
    #> name: kernel | path: fc2/kernel | tf.Variable: vs/fc2/kernel:0
    #> name: kernel | path: fc3/kernel | tf.Variable: ns/fc3/kernel:0
    #> reuse=True shared it: False
    #> calling the same layer again, its variables: 2
