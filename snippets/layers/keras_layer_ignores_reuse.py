import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras is then tf-keras (Keras 2)

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("vs"):
    first = tf.keras.layers.Dense(2, name="fc")
    first(x)
with tf.variable_scope("vs", reuse=True):
    second = tf.keras.layers.Dense(2, name="fc")  # a new layer: reuse=True does not reach it
    second(x)
print([v.name for v in tf.global_variables()])
#> ['vs/fc/kernel:0', 'vs/fc/bias:0', 'vs_1/fc/kernel:0', 'vs_1/fc/bias:0']

# Shared by calling the same layer object, in whatever scope.
with tf.variable_scope("elsewhere"):
    y = first(x)
print(len(tf.global_variables()), y.name)
#> 4 elsewhere/fc/BiasAdd:0
