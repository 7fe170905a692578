# tf2-only: track_tf1_style_variables is part of tf-keras for TensorFlow 2; 1.15.5 has none

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # track_tf1_style_variables needs tf-keras

import tensorflow as tf


# Eagerly, outside a tf.function, two calls of get_variable make two variables.
a = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
b = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
print("outside:", a is b)
#> outside: False


# In the call of a layer decorated with track_tf1_style_variables, they share, as under
# AUTO_REUSE, and every later call of the layer gets the same variable.
class Layer(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        a = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
        b = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
        a.assign_add(1.0)
        return a is b, float(b)


layer = Layer()
print("in a tracked call:", layer(tf.ones([1])), layer(tf.ones([1])), [v.name for v in layer.weights])
#> in a tracked call: (True, 2.0) (True, 3.0) ['w:0']
