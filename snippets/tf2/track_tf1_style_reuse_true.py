# tf2-only: track_tf1_style_variables is part of tf-keras for TensorFlow 2; 1.15.5 has none
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.compat.v1.keras needs tf-keras

import tensorflow as tf

x = tf.ones([1, 3])


# TF1 code that opens its scope with reuse=True, before anything made the variable.
class ReuseTrue(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("net", reuse=True):
            w = tf.compat.v1.get_variable("w", [3, 2], initializer=tf.compat.v1.ones_initializer())
        return tf.matmul(x, w)


# Eagerly, reuse=True is ignored: the first call makes the variable.
layer = ReuseTrue()
layer(x)
print("eagerly:", [v.name for v in layer.weights])
#> eagerly: ['net/w:0']

# In a tf.function, reuse=True only looks up, as in a TF1 graph: the first trace raises.
layer = ReuseTrue()
step = tf.function(lambda x: layer(x))
try:
    step(x)
except ValueError as e:
    print("in a tf.function:", [line.strip() for line in str(e).splitlines() if "does not exist" in line][0])
    #> in a tf.function: Variable net/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# So does a functional model, which calls the layer on symbolic inputs when it is made.
inputs = tf.keras.Input(shape=(3,))
try:
    tf.keras.Model(inputs, ReuseTrue()(inputs))
except ValueError as e:
    print("tf.keras.Model:", any("does not exist" in line for line in str(e).splitlines()))
    #> tf.keras.Model: True
