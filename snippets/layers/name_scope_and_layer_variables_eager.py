import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras and tf.compat.v1.layers are then tf-keras

import tensorflow as tf

x = tf.ones([1, 3])
with tf.name_scope("ns"):
    keras_dense = tf.keras.layers.Dense(2, name="keras")
    keras_dense(x)
    v1_dense = tf.compat.v1.layers.Dense(2, name="tf_layers")
    v1_dense(x)
    v = tf.Variable(1.0, name="v")

# Eagerly, as in a graph: the Keras layer and tf.Variable take the name_scope, tf.layers not.
print([var.name for var in keras_dense.weights])
#> ['ns/keras/kernel:0', 'ns/keras/bias:0']
print([var.name for var in v1_dense.weights])
#> ['tf_layers/kernel:0', 'tf_layers/bias:0']
print(v.name)
#> ns/v:0
