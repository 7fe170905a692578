import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers and tf.keras are then tf-keras (Keras 2)

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
keras_dense = tf.keras.layers.Dense(2, name="keras")  # made here, its weights made at its first call
with tf.name_scope("ns"):
    y_layers = tf.layers.dense(x, 2, name="tf_layers")
    y_keras = keras_dense(x)
    v = tf.Variable(1.0, name="v")
    g = tf.get_variable("g", shape=[])

# tf.layers and tf.get_variable: no name_scope in the variable names.
# A Keras layer and tf.Variable: the name_scope is in them.
for var in tf.global_variables():
    print(var.name)
    #> tf_layers/kernel:0
    #> tf_layers/bias:0
    #> ns/keras/kernel:0
    #> ns/keras/bias:0
    #> ns/v:0
    #> g:0
# The ops are in the name_scope either way.
print(y_layers.name, y_keras.name)
#> ns/tf_layers/BiasAdd:0 ns/keras/BiasAdd:0

# Built before its first call, by build() outside any scope: its weights take no name scope,
# not even the layer's name.
built = tf.keras.layers.Dense(2, name="built")
built.build([None, 3])
with tf.name_scope("ns2"):
    built(x)
print([w.name for w in built.weights])
#> ['kernel:0', 'bias:0']
