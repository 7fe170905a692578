from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

tf.reset_default_graph()
tf.set_random_seed(0)  # the weights start random: a seed makes the printed values repeatable

x1 = tf.placeholder(dtype=tf.float32, shape=[None, 3], name="x1")
x2 = tf.placeholder(dtype=tf.float32, shape=[None, 3], name="x2")
with tf.variable_scope("myscope") as scope:
    l1 = tf.layers.Dense(units=2)
    h11 = l1(x1)
with tf.variable_scope("myscope", reuse=True) as scope:
    l2 = tf.layers.Dense(units=2)
    h12 = l2(x2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([h11, h12], feed_dict={x1: [[1, 2, 3]], x2: [[2, 4, 6]]}))
    #> [array([[-2.9488862,  1.7372806]], dtype=float32), array([[-5.8977723,  3.4745612]], dtype=float32)]
