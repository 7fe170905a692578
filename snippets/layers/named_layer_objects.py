import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
# The class form: each layer object opens a scope of its own, made unique in one entry.
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    first = tf.layers.Dense(2, name="fc")
    first(x)
    second = tf.layers.Dense(2, name="fc")
    second(x)
print([v.name for v in first.weights + second.weights])
#> ['net/fc/kernel:0', 'net/fc/bias:0', 'net/fc_1/kernel:0', 'net/fc_1/bias:0']

# In a new entry of the scope, a new object named "fc" finds net/fc again.
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    third = tf.layers.Dense(2, name="fc")
    third(x)
print([v.name for v in third.weights])
#> ['net/fc/kernel:0', 'net/fc/bias:0']

# To share within one entry, call the same object again.
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    first(x)
print(len(tf.global_variables()))
#> 4
