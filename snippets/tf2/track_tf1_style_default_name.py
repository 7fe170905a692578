# tf2-only: track_tf1_style_variables is part of tf-keras for TensorFlow 2; 1.15.5 has none

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.compat.v1.keras needs tf-keras

import tensorflow as tf

x = tf.ones([1, 2])


# tf.get_variable in a scope opened with default_name, not by its name ...
class DefaultName(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope(None, default_name="block"):
            w = tf.compat.v1.get_variable("w", [2, 2])
        return tf.matmul(x, w)


# ... gets a new scope on every call, block, block_1, ...: new weights each time.
layer = DefaultName()
for _ in range(3):
    layer(x)
print(sorted(v.name for v in layer.weights))
#> ['block/w:0', 'block_1/w:0', 'block_2/w:0']

# In a tf.function, the second trace asks for block_1/w, and the call raises.
layer = DefaultName()
step = tf.function(lambda x: layer(x))
try:
    step(x)
except ValueError as e:
    print("tf.function only supports singleton tf.Variables" in str(e))
    #> True


# Inside a scope opened by its name, the count restarts with each entry of that scope: the
# default_name scope is net/block on every call, and its variable is reused, in a tf.function too.
class InNamedScope(tf.keras.layers.Layer):
    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("net"):
            with tf.compat.v1.variable_scope(None, default_name="block"):
                w = tf.compat.v1.get_variable("w", [2, 2])
        return tf.matmul(x, w)


layer = InNamedScope()
for _ in range(3):
    layer(x)
print(sorted(v.name for v in layer.weights))
#> ['net/block/w:0']
layer = InNamedScope()
step = tf.function(lambda x: layer(x))
step(x)
step(x)
print(sorted(v.name for v in layer.weights))
#> ['net/block/w:0']
