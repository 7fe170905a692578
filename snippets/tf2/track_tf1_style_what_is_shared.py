# tf2-only: track_tf1_style_variables is part of tf-keras for TensorFlow 2; 1.15.5 has none

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.compat.v1.keras needs tf-keras

import tensorflow as tf

x = tf.ones([1, 3])


# An unnamed tf.layers layer, not in a variable scope of its own ...
class Unnamed(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        return tf.compat.v1.layers.dense(x, 2)


# ... is a new layer on every call, dense, dense_1, ...: new weights each time.
layer = Unnamed()
for _ in range(3):
    layer(x)
print(sorted(v.name for v in layer.weights if "kernel" in v.name))
#> ['dense/kernel:0', 'dense_1/kernel:0', 'dense_2/kernel:0']


# The same layer in a variable scope: entered anew on each call, it numbers from dense again.
class InScope(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("net"):
            return tf.compat.v1.layers.dense(x, 2)


layer = InScope()
for _ in range(3):
    layer(x)
print(sorted(v.name for v in layer.weights if "kernel" in v.name))
#> ['net/dense/kernel:0']


# Or named: the name is the same on every call.
class Named(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        return tf.compat.v1.layers.dense(x, 2, name="fc")


layer = Named()
for _ in range(3):
    layer(x)
print(sorted(v.name for v in layer.weights if "kernel" in v.name))
#> ['fc/kernel:0']


# A tf.Variable is not tracked: each call makes a new one, from its initial value.
class WithVariable(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        counter = tf.Variable(0.0, name="counter")
        counter.assign_add(1.0)
        return counter


layer = WithVariable()
print([float(layer(x)) for _ in range(3)], layer.weights)
#> [1.0, 1.0, 1.0] []
