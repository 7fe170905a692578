import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("net"):
    tf.layers.dense(x, 2, name="fc")

with tempfile.TemporaryDirectory() as folder, tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    path = tf.train.Saver().save(sess, os.path.join(folder, "model"))
    # A TF1 checkpoint is keyed by the variables' names.
    for name, shape in tf.train.list_variables(path):
        print(name, shape)
        #> net/fc/bias [2]
        #> net/fc/kernel [3, 2]
