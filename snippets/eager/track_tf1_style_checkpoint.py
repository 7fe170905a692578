# tf2-only: tf.compat.v1.keras.utils.track_tf1_style_variables came with TensorFlow 2.7
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # track_tf1_style_variables needs tf-keras

import tempfile

import tensorflow as tf


class Net(tf.keras.layers.Layer):
    """The TF1 code, unchanged, in the call of a Keras layer."""

    @tf.compat.v1.keras.utils.track_tf1_style_variables
    def call(self, x):
        with tf.compat.v1.variable_scope("net"):
            return tf.compat.v1.layers.dense(x, 2, name="fc")


net = Net(name="model")
net(tf.ones([1, 3]))
print([v.name for v in net.weights])  # the TF1 names
#> ['net/fc/bias:0', 'net/fc/kernel:0']

with tempfile.TemporaryDirectory() as folder:
    path = tf.train.Checkpoint(model=net).write(os.path.join(folder, "ckpt"))
    # A TF2 checkpoint is keyed by the path of attributes from the object saved.
    for name, shape in tf.train.list_variables(path):
        print(name, shape)
        #> _CHECKPOINTABLE_OBJECT_GRAPH []
        #> model/_tf1_style_var_store/_vars/net.Sfc.Sbias/.ATTRIBUTES/VARIABLE_VALUE [2]
        #> model/_tf1_style_var_store/_vars/net.Sfc.Skernel/.ATTRIBUTES/VARIABLE_VALUE [3, 2]
