# tf2-only: Keras 3 came with TensorFlow 2.16
import os

os.environ.pop("TF_USE_LEGACY_KERAS", None)  # Keras 3, TensorFlow's default since 2.16: its names

import tensorflow as tf

print("Keras", tf.keras.__version__.split(".")[0])
#> Keras 3
x = tf.ones([1, 3])
with tf.compat.v1.variable_scope("vs"):
    first = tf.keras.layers.Dense(2, name="fc")
    first(x)
with tf.compat.v1.variable_scope("vs", reuse=True):
    second = tf.keras.layers.Dense(2, name="fc2")
    second(x)
third = tf.keras.layers.Dense(2, name="fc3")  # made outside any scope:
with tf.name_scope("ns"):
    third(x)  # its first call makes the weights, in the scopes around it
for layer in [first, second, third]:
    kernel = layer.kernel
    print("name:", kernel.name, "| path:", kernel.path, "| tf.Variable:", kernel.value.name)
    #> name: kernel | path: fc/kernel | tf.Variable: vs/fc/kernel:0
    #> name: kernel | path: fc2/kernel | tf.Variable: vs/fc2/kernel:0
    #> name: kernel | path: fc3/kernel | tf.Variable: ns/fc3/kernel:0
print("reuse=True shared it:", second.kernel is first.kernel)
#> reuse=True shared it: False
first(2 * x)
print("calling the same layer again, its variables:", len(first.weights))
#> calling the same layer again, its variables: 2
