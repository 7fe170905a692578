# tf2-only: tf.compat.v1.keras.utils.track_tf1_style_variables came with TensorFlow 2.7
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.compat.v1.keras needs tf-keras

import tensorflow as tf


class ConvFilter(tf.keras.layers.Layer):
    """TF1 code that shares by variable_scope, kept as it is inside a Keras layer."""

    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("conv1"):
            w = tf.compat.v1.get_variable(
                "weights", [3, 2], initializer=tf.compat.v1.ones_initializer()
            )
        return tf.matmul(x, w)


layer = ConvFilter(name="filter")
print(layer(tf.constant([[1.0, 2.0, 3.0]])).numpy(), layer(tf.constant([[2.0, 4.0, 6.0]])).numpy())
#> [[6. 6.]] [[12. 12.]]
print([var.name for var in layer.trainable_variables])
#> ['conv1/weights:0']

# The names are those of the scopes alone: another layer has variables of the same names,
# and its own values. Share by using the same layer object.
other = ConvFilter(name="other")
other(tf.constant([[1.0, 2.0, 3.0]]))
print([var.name for var in other.trainable_variables], other.trainable_variables[0] is layer.trainable_variables[0])
#> ['conv1/weights:0'] False
